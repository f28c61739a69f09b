namespace StayHub.Framework.Emailing;

/// <summary>Bound from <c>App</c>: where people reach the StayHub web app, for links in emails.</summary>
public sealed class AppUrlOptions
{
    public const string SectionName = "App";

    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>An absolute link to <paramref name="path"/> (which starts with '/') on the web app.</summary>
    public string Link(string path) => PublicUrl.TrimEnd('/') + path;
}
