namespace StayHub.Framework.Blobs;

public enum BlobProvider
{
    FileSystem,
    S3,
}
