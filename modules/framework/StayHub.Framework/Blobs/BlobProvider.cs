using Microsoft.Extensions.Options;

namespace StayHub.Framework.Blobs;

public enum BlobProvider
{
    FileSystem,
    S3,
}
