using System.Globalization;
using System.Text;

namespace StayHub.Framework.Blobs;

/// <summary>
/// Blobs as plain files under <c>{root}/{container}/{name}</c>, so they can be backed up or inspected as they
/// are. A write goes to <c>{root}/.tmp</c> first and is renamed into place (atomic on one filesystem), so a
/// reader never sees half a file. The content type lives beside it in <c>{root}/.meta/…</c>; the ETag is
/// derived from the file itself, so it always matches the bytes served.
/// </summary>
internal sealed class FileSystemBlobStore : IBlobStore
{
    private const string DefaultContentType = "application/octet-stream";
    private readonly string root;
    private readonly string tempFolder;
    private readonly string metaFolder;

    public FileSystemBlobStore(string root)
    {
        this.root = Path.GetFullPath(root);
        // Container names cannot start with a dot (BlobName), so these never clash with a container.
        tempFolder = Path.Combine(this.root, ".tmp");
        metaFolder = Path.Combine(this.root, ".meta");
    }

    public async Task PutAsync(string container, string name, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var path = PathOf(container, name);
        var meta = MetaPathOf(container, name);
        Directory.CreateDirectory(tempFolder);
        var temp = Path.Combine(tempFolder, Guid.NewGuid().ToString("N"));
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            // The type first: a reader that already sees the new bytes must not get the old type with them.
            var metaTemp = temp + ".meta";
            await File.WriteAllTextAsync(metaTemp, contentType, Encoding.UTF8, cancellationToken);
            Directory.CreateDirectory(Path.GetDirectoryName(meta)!);
            File.Move(metaTemp, meta, overwrite: true);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
            File.Delete(temp + ".meta");
        }
    }

    public async Task<BlobContent?> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(container, name);
        FileStream stream;
        try
        {
            // FileShare.Delete: a concurrent delete or replace does not fail, and this reader keeps its bytes.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            var modified = File.GetLastWriteTimeUtc(stream.SafeFileHandle);
            var contentType = await ReadContentTypeAsync(container, name, cancellationToken);
            var etag = string.Create(CultureInfo.InvariantCulture, $"\"{modified.Ticks:x}-{stream.Length:x}\"");
            return new BlobContent(stream, contentType, stream.Length, new DateTimeOffset(modified, TimeSpan.Zero), etag);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    public Task DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        // File.Delete ignores a missing file; a missing folder throws, and means the same thing here.
        DeleteIfPresent(PathOf(container, name));
        DeleteIfPresent(MetaPathOf(container, name));
        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathOf(container, name)));

    private async Task<string> ReadContentTypeAsync(string container, string name, CancellationToken cancellationToken)
    {
        try
        {
            var type = (await File.ReadAllTextAsync(MetaPathOf(container, name), Encoding.UTF8, cancellationToken)).Trim();
            return type.Length > 0 ? type : DefaultContentType;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return DefaultContentType;
        }
    }

    private static void DeleteIfPresent(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private string PathOf(string container, string name) => Resolve(root, container, name);

    private string MetaPathOf(string container, string name) => Resolve(metaFolder, container, name) + ".type";

    private static string Resolve(string baseFolder, string container, string name)
    {
        BlobName.Validate(container, name);
        var path = Path.GetFullPath(Path.Combine(baseFolder, container, name));
        // Belt and braces: the name rules already exclude traversal; this holds even if they were loosened.
        if (!path.StartsWith(Path.Combine(baseFolder, container) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("The blob name is not a safe relative path.", nameof(name));
        }

        return path;
    }
}
