namespace StayHub.Framework.Permissions;

/// <summary>Who a grant is for: a role (by name) or a user (by id).</summary>
public static class PermissionProviders
{
    public const string Role = "role";
    public const string User = "user";
}
