namespace StayHub.Identity.Contracts;

/// <summary>Languages StayHub speaks.</summary>
public static class SupportedLanguages
{
    /// <summary>BCP 47 tags, lower case.</summary>
    public static readonly IReadOnlyList<string> All = ["en", "fr", "de", "es", "it", "pt", "nl", "ja"];
}
