namespace StayHub.Framework.Blobs;

/// <summary>
/// Named binary objects grouped in containers, on the local filesystem or any S3-compatible store
/// (<c>Blob:Provider</c>). Container and blob names are checked by <see cref="BlobName"/>; a name that
/// could escape its container (<c>..</c>, an absolute path) throws <see cref="ArgumentException"/>.
/// </summary>
public interface IBlobStore
{
    /// <summary>Writes (or replaces) a blob. Readers see the old content or the new, never a part of it.</summary>
    Task PutAsync(string container, string name, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Opens a blob for reading, or returns <c>null</c> when it does not exist. The caller disposes the result.</summary>
    Task<BlobContent?> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes a blob; deleting one that does not exist is not an error.</summary>
    Task DeleteAsync(string container, string name, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string container, string name, CancellationToken cancellationToken = default);
}
