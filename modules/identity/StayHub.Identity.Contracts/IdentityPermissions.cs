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
