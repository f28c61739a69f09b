using System.Globalization;
using System.Text.RegularExpressions;
using StayHub.Framework.Blobs;

namespace StayHub.Identity.Application.Photos;

/// <summary>
/// Where one uploaded photo lives: <c>avatars/{userId}/{stem}-{size}.{extension}</c> in the public media
/// container, one blob per size. The stored URL names the largest; the others follow from it.
/// </summary>
internal sealed partial record ProfilePhotoNames(Guid UserId, string Stem, string Extension)
{
    public const int Large = 512;
    public const int Small = 128;

    public static readonly IReadOnlyList<int> Sizes = [Large, Small];

    public string Url => PublicMedia.UrlFor(NameFor(Large));

    public string NameFor(int size) =>
        string.Create(CultureInfo.InvariantCulture, $"avatars/{UserId:D}/{Stem}-{size}.{Extension}");

    /// <summary>
    /// Reads the names back from a stored URL, but only for a photo of this very user made by this service:
    /// anything else (an external picture URL, another user's path) is never deleted on their behalf.
    /// </summary>
    public static bool TryParse(string? url, Guid userId, out ProfilePhotoNames names)
    {
        names = null!;
        if (!PublicMedia.TryGetName(url, out var name))
        {
            return false;
        }

        var match = NamePattern().Match(name);
        if (!match.Success || !Guid.TryParse(match.Groups["user"].Value, out var owner) || owner != userId)
        {
            return false;
        }

        names = new ProfilePhotoNames(userId, match.Groups["stem"].Value, match.Groups["ext"].Value);
        return true;
    }

    [GeneratedRegex(@"^avatars/(?<user>[0-9a-f-]{36})/(?<stem>[0-9a-f]{32})-512\.(?<ext>[a-z]{3,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
