namespace StayHub.Framework.Blobs;

/// <summary>An open blob. <paramref name="ETag"/> is a quoted entity tag that changes whenever the content does.</summary>
public sealed record BlobContent(Stream Content, string ContentType, long Length, DateTimeOffset LastModified, string ETag)
    : IDisposable, IAsyncDisposable
{
    public void Dispose() => Content.Dispose();

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
