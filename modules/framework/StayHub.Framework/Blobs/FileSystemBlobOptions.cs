namespace StayHub.Framework.Blobs;

public sealed class FileSystemBlobOptions
{
    /// <summary>Folder holding the containers; relative paths are under the content root. Default <c>.data/blobs</c>.</summary>
    public string? Root { get; set; }
}
