using System.Buffers;

namespace StayHub.Framework.Blobs;

/// <summary>
/// The names a blob store accepts. Both providers map names to paths or keys, so a name is a relative path of
/// plain segments (letters, digits, <c>. _ -</c>) joined by <c>/</c>: no <c>..</c>, no leading <c>/</c> or
/// <c>\</c>, no empty segment, so it can never point outside its container on disk or in the bucket.
/// </summary>
public static class BlobName
{
    public const int MaxLength = 512;

    private static readonly SearchValues<char> SegmentChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");

    private static readonly SearchValues<char> ContainerChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || name.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var range in name.AsSpan().Split('/'))
        {
            var segment = name.AsSpan(range);
            // A leading dot would also hide the file on disk and could clash with the store's own .tmp/.meta folders.
            if (segment.IsEmpty || segment[0] == '.' || segment.ContainsAnyExcept(SegmentChars))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lower-case letters, digits and dashes, 3 to 63 characters: valid as a folder and as an S3 key prefix.</summary>
    public static bool IsValidContainer(string? container) =>
        container is { Length: >= 3 and <= 63 }
        && char.IsAsciiLetterOrDigit(container[0])
        && !container.AsSpan().ContainsAnyExcept(ContainerChars);

    public static void Validate(string container, string name)
    {
        if (!IsValidContainer(container))
        {
            throw new ArgumentException($"'{container}' is not a valid blob container name.", nameof(container));
        }

        if (!IsValidName(name))
        {
            throw new ArgumentException("The blob name is not a safe relative path.", nameof(name));
        }
    }
}
