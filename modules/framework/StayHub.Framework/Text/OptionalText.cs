namespace StayHub.Framework.Text;

/// <summary>Optional free-text fields (a note, a reason, a bio, a search term).</summary>
public static class OptionalText
{
    /// <summary>
    /// The value without surrounding white space, or <c>null</c> when nothing else is left: an optional field sent
    /// blank is stored and matched as absent, never as an empty or space-only string.
    /// </summary>
    public static string? TrimmedOrNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
