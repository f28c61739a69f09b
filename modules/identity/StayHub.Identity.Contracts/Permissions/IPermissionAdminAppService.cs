using StayHub.Framework.Contracts.Application;

namespace StayHub.Identity.Contracts.Permissions;

/// <summary>
/// Permission grants of roles and users, for administrators (<see cref="IdentityPermissions.PermissionsManage"/>).
/// A change takes effect on every node at the next check (the grant sets are cached in Redis only and the change awaits their eviction),
/// also for access tokens already issued; it is audited with the grants it changed.
/// </summary>
[ApplicationService("api/admin/permissions", Tag = "Admin: permissions", OperationIdPrefix = "Admin")]
[Permission(IdentityPermissions.PermissionsManage)]
public interface IPermissionAdminAppService : IApplicationService
{
    /// <summary>Every defined permission as a tree (module, group, permission, parent) with the roles holding each.</summary>
    [Get("")]
    Task<PermissionTreeDto> GetPermissionsAsync(CancellationToken cancellationToken);

    /// <summary>Every defined permission and whether the role holds it; 404 for a role that does not exist.</summary>
    [Get("role/{role}")]
    [ProducesErrors(404)]
    Task<PermissionGrantsDto> GetRolePermissionsAsync(string role, CancellationToken cancellationToken);

    /// <summary>
    /// Grants or revokes the named permissions of the role, leaving the others alone. 404 for an unknown role, 400
    /// for an unknown permission, 409 <c>identity.admin_keeps_permissions_manage</c> for taking permission management
    /// away from the admin role.
    /// </summary>
    [Put("role/{role}")]
    [ProducesErrors(404, 409)]
    [ProducesErrorCodes(IdentityErrorCodes.AdminKeepsPermissionsManage)]
    Task<PermissionGrantsDto> UpdateRolePermissionsAsync(string role, UpdatePermissionsRequest request, CancellationToken cancellationToken);

    /// <summary>Every defined permission and whether the user holds it, directly or through a role (effective); 404 for an unknown user.</summary>
    [Get("user/{userId}")]
    [ProducesErrors(404)]
    Task<PermissionGrantsDto> GetUserPermissionsAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Grants or revokes the named permissions of the user themselves (not of their roles), leaving the others alone;
    /// the answer is the effective set. 404 for an unknown user, 400 for an unknown permission.
    /// </summary>
    [Put("user/{userId}")]
    [ProducesErrors(404)]
    Task<PermissionGrantsDto> UpdateUserPermissionsAsync(Guid userId, UpdatePermissionsRequest request, CancellationToken cancellationToken);
}
