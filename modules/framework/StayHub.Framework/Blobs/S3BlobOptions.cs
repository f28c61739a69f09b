namespace StayHub.Framework.Blobs;

public sealed class S3BlobOptions
{
    /// <summary>Endpoint of an S3-compatible service (MinIO, R2, s3rver); unset means AWS S3 in <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }

    public string? Bucket { get; set; }

    /// <summary>With <see cref="SecretKey"/>; both unset means the SDK's default chain (instance role, environment).</summary>
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    public string Region { get; set; } = "us-east-1";
}
