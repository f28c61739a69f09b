using Amazon.S3;
using Amazon.S3.Model;
using StayHub.Framework.Blobs;

namespace StayHub.Framework.Tests.Blobs;

/// <summary>
/// A bucket of its own on the real s3rver that <c>etc/services.sh</c> starts (<c>STAYHUB_S3_URL</c>, default
/// http://127.0.0.1:54569), emptied and removed afterwards.
/// </summary>
public sealed class S3Fixture : IAsyncLifetime
{
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    public static string ServiceUrl { get; } = Environment.GetEnvironmentVariable("STAYHUB_S3_URL") is { Length: > 0 } url
        ? url
        : "http://127.0.0.1:54569";

    public string Bucket { get; } = "test-" + Guid.NewGuid().ToString("N")[..24];

    public S3BlobOptions Options => new() { ServiceUrl = ServiceUrl, Bucket = Bucket, AccessKey = AccessKey, SecretKey = SecretKey };

    public IAmazonS3 Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = BlobServiceExtensions.CreateS3Client(Options);
        try
        {
            await Client.PutBucketAsync(Bucket);
        }
        catch (HttpRequestException ex)
        {
            throw new InvalidOperationException($"No S3 server at {ServiceUrl}: run etc/services.sh (it starts s3rver).", ex);
        }
    }

    public async Task DisposeAsync()
    {
        var listed = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket });
        foreach (var item in listed.S3Objects ?? [])
        {
            await Client.DeleteObjectAsync(Bucket, item.Key);
        }

        await Client.DeleteBucketAsync(Bucket);
        Client.Dispose();
    }
}
