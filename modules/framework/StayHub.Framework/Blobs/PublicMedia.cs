namespace StayHub.Framework.Blobs;

/// <summary>
/// The one blob container served to anyone at <c>/media/{name}</c>. Everything in it is public by design
/// (profile photos, listing photos); private files belong in another container, which is never served.
/// Names in it must never be reused for different content: answers are cached for a year as immutable.
/// </summary>
public static class PublicMedia
{
    public const string Container = "media";

    public const string UrlPrefix = "/media/";

    /// <summary>The site-relative URL of a blob in the public container.</summary>
    public static string UrlFor(string name) =>
        BlobName.IsValidName(name) ? UrlPrefix + name : throw new ArgumentException("The blob name is not a safe relative path.", nameof(name));

    /// <summary>The blob name behind a URL made by <see cref="UrlFor"/>; false for anything else (an external URL, a bad name).</summary>
    public static bool TryGetName(string? url, out string name)
    {
        name = string.Empty;
        if (url is null || !url.StartsWith(UrlPrefix, StringComparison.Ordinal) || !BlobName.IsValidName(url[UrlPrefix.Length..]))
        {
            return false;
        }

        name = url[UrlPrefix.Length..];
        return true;
    }
}
