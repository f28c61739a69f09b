using StayHub.Framework.Permissions;
using StayHub.Identity.Contracts;

namespace StayHub.Identity;

internal sealed class IdentityPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) => context
        .Add(IdentityPermissions.UsersRead, "List and search users", Roles.Admin)
        .Add(IdentityPermissions.UsersManage, "Change roles, lock and unlock users", Roles.Admin)
        .Add(IdentityPermissions.PermissionsManage, "Manage permission grants", Roles.Admin);
}
