namespace StayHub.Framework.Blobs;

/// <summary>Configuration section <c>Blob</c> (environment: <c>Blob__…</c>).</summary>
public sealed class BlobOptions
{
    public const string Section = "Blob";

    public BlobProvider Provider { get; set; } = BlobProvider.FileSystem;

    public FileSystemBlobOptions FileSystem { get; set; } = new();

    public S3BlobOptions S3 { get; set; } = new();
}
