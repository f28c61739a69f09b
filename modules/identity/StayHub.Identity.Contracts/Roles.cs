namespace StayHub.Identity.Contracts;

/// <summary>The marketplace's roles.</summary>
public static class Roles
{
    /// <summary>Every signed-up user: books stays and reviews them.</summary>
    public const string Guest = "guest";

    /// <summary>Lists places and runs them.</summary>
    public const string Host = "host";

    /// <summary>Keeps the marketplace honest; holds every permission by default.</summary>
    public const string Admin = "admin";

    /// <summary>All roles, in order of privilege.</summary>
    public static readonly IReadOnlyList<string> All = [Guest, Host, Admin];
}
