using Microsoft.Extensions.Options;

namespace StayHub.Framework.Blobs;

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
