using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace StayHub.Framework.Blobs;

/// <summary>
/// Blobs as objects <c>{container}/{name}</c> in one bucket of AWS S3 or any S3-compatible store (path-style
/// addressing, so MinIO, R2 and s3rver work without DNS tricks). An S3 PUT replaces an object atomically.
/// </summary>
internal sealed class S3BlobStore(IAmazonS3 client, string bucket) : IBlobStore
{
    public async Task PutAsync(string container, string name, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(container, name);
        // Without chunked encoding the SDK must know the length up front; a non-seekable stream is buffered
        // in a temporary file (blobs here are a few MB at most, so that is cheap).
        Stream? buffered = null;
        if (!content.CanSeek)
        {
            buffered = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await content.CopyToAsync(buffered, cancellationToken);
            buffered.Position = 0;
        }

        try
        {
            await client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = bucket,
                Key = key,
                InputStream = buffered ?? content,
                ContentType = contentType,
                AutoCloseStream = false,
                // AWSSDK v4 streams with trailing CRC32 checksums by default; S3-compatible servers often refuse them.
                UseChunkEncoding = false,
            }, cancellationToken);
        }
        finally
        {
            if (buffered is not null)
            {
                await buffered.DisposeAsync();
            }
        }
    }

    public async Task<BlobContent?> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(container, name);
        GetObjectResponse response;
        try
        {
            response = await client.GetObjectAsync(bucket, key, cancellationToken);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        // Disposing the response stream releases the HTTP connection; the response object holds nothing else.
        var modified = response.LastModified is { } lastModified
            ? new DateTimeOffset(DateTime.SpecifyKind(lastModified.ToUniversalTime(), DateTimeKind.Utc))
            : DateTimeOffset.UnixEpoch;
        return new BlobContent(
            response.ResponseStream,
            string.IsNullOrEmpty(response.Headers.ContentType) ? "application/octet-stream" : response.Headers.ContentType,
            response.Headers.ContentLength,
            modified,
            Quote(response.ETag));
    }

    public async Task DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(container, name);
        try
        {
            // S3 answers 204 for a missing key too; some compatible stores answer 404, which means the same.
            await client.DeleteObjectAsync(bucket, key, cancellationToken);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
        }
    }

    public async Task<bool> ExistsAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(container, name);
        try
        {
            await client.GetObjectMetadataAsync(bucket, key, cancellationToken);
            return true;
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private static string KeyOf(string container, string name)
    {
        BlobName.Validate(container, name);
        return container + "/" + name;
    }

    // S3 sends the ETag quoted; some compatible servers do not. HTTP needs the quotes.
    private static string Quote(string? etag) =>
        string.IsNullOrEmpty(etag) ? "\"0\"" : etag.StartsWith('"') ? etag : $"\"{etag}\"";
}
