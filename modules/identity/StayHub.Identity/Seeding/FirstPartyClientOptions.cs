namespace StayHub.Identity.Seeding;

/// <summary>
/// Bound from <c>Identity:Clients:StayHubApp</c> (the default instance) and <c>Identity:Clients:StayHubAdmin</c> (named
/// <see cref="AdminConsole"/>): where the code flow and sign-out may send the browser back to.
/// </summary>
internal sealed class FirstPartyClientOptions
{
    /// <summary>Name of the options instance of the web console's client (<c>stayhub-admin</c>).</summary>
    public const string AdminConsole = "StayHubAdmin";

    public List<string> RedirectUris { get; set; } = [];

    /// <summary>Where /connect/endsession may send the browser after signing out (<c>post_logout_redirect_uri</c>).</summary>
    public List<string> PostLogoutRedirectUris { get; set; } = [];
}
