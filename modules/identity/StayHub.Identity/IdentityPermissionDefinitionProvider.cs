using StayHub.Framework.Permissions;
using StayHub.Identity.Contracts;

namespace StayHub.Identity;

internal sealed class IdentityPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) => context
        .Group("Identity", "Identity")
        .Group("Identity.Users", "Users")
        .Group("Identity.Permissions", "Permissions")
        .Add(IdentityPermissions.UsersRead, "List and search users", Roles.Admin)
        .AddChild(IdentityPermissions.UsersRead, IdentityPermissions.UsersManage, "Change roles, lock and unlock users", Roles.Admin)
        .Add(IdentityPermissions.PermissionsManage, "Manage permission grants", Roles.Admin);
}
