using Microsoft.Extensions.Options;

namespace StayHub.Framework.Blobs;

public enum BlobProvider
{
    FileSystem,
    S3,
}

/// <summary>Configuration section <c>Blob</c> (environment: <c>Blob__…</c>).</summary>
public sealed class BlobOptions
{
    public const string Section = "Blob";

    public BlobProvider Provider { get; set; } = BlobProvider.FileSystem;

    public FileSystemBlobOptions FileSystem { get; set; } = new();

    public S3BlobOptions S3 { get; set; } = new();
}

public sealed class FileSystemBlobOptions
{
    /// <summary>Folder holding the containers; relative paths are under the content root. Default <c>.data/blobs</c>.</summary>
    public string? Root { get; set; }
}

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

/// <summary>
/// Fails the host start with the environment-variable spelling of the missing key, the way every other
/// required setting does (docs/configuration.md).
/// </summary>
internal sealed class BlobOptionsValidator : IValidateOptions<BlobOptions>
{
    public ValidateOptionsResult Validate(string? name, BlobOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail("Blob__Provider must be FileSystem or S3.");
        }

        if (options.Provider != BlobProvider.S3)
        {
            return ValidateOptionsResult.Success;
        }

        var s3 = options.S3;
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(s3.Bucket))
        {
            failures.Add("Blob__S3__Bucket is required when Blob__Provider is S3.");
        }

        if (!string.IsNullOrWhiteSpace(s3.ServiceUrl)
            && !(Uri.TryCreate(s3.ServiceUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            failures.Add("Blob__S3__ServiceUrl must be an absolute http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(s3.AccessKey) != string.IsNullOrWhiteSpace(s3.SecretKey))
        {
            failures.Add("Blob__S3__AccessKey and Blob__S3__SecretKey must be given together.");
        }

        if (string.IsNullOrWhiteSpace(s3.Region))
        {
            failures.Add("Blob__S3__Region must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
