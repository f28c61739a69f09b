namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// A file an application-service method receives (ABP's remote stream content): on the server the upload's stream,
/// read as it arrives; in the C# proxy the stream it sends as a multipart file. The receiver owns nothing: whoever
/// created it disposes it (the framework, at the end of the request).
/// </summary>
public class RemoteStreamContent(Stream stream, string fileName = "file", string contentType = "application/octet-stream") : IAsyncDisposable
{
    /// <summary>The content, read forward once.</summary>
    public Stream Stream { get; } = stream ?? throw new ArgumentNullException(nameof(stream));

    /// <summary>File name as the sender gave it (never trusted for a type or a path).</summary>
    public string FileName { get; } = fileName;

    /// <summary>Media type as the sender declared it (the receiver decides by content).</summary>
    public string ContentType { get; } = contentType;

    /// <inheritdoc />
    public virtual async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }
}
