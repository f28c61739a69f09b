namespace StayHub.Identity.Seeding;

/// <summary>Bound from <c>Admin</c>: the administrator ensured at every start when both values are given.</summary>
internal sealed class AdminAccountOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}

/// <summary>Bound from <c>Seed</c>.</summary>
internal sealed class SeedOptions
{
    /// <summary>Create demo accounts (and, in later modules, demo listings and bookings).</summary>
    public bool Demo { get; set; }
}

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

/// <summary>The demo accounts <c>etc/run.sh</c> creates; listed in the README.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Pass-2026!";
    public const string GuestEmail = "guest@stayhub.local";
    public const string HostEmail = "host@stayhub.local";
}
