namespace StayHub.Identity.Contracts;

/// <summary>Permission names the identity module defines (<c>Module.Resource.Action</c>).</summary>
public static class IdentityPermissions
{
    /// <summary>List and search user accounts.</summary>
    public const string UsersRead = "Identity.Users.Read";

    /// <summary>Change users' roles, lock and unlock accounts.</summary>
    public const string UsersManage = "Identity.Users.Manage";

    /// <summary>Read and change permission grants of roles and users.</summary>
    public const string PermissionsManage = "Identity.Permissions.Manage";
}

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
