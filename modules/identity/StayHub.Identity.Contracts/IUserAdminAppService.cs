using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Identity.Contracts;

/// <summary>
/// The marketplace's users, for administrators: reading needs <see cref="IdentityPermissions.UsersRead"/>, changes
/// need <see cref="IdentityPermissions.UsersManage"/>.
/// </summary>
[ApplicationService("api/admin/users", Tag = "Admin: users", OperationIdPrefix = "Admin")]
[Permission(IdentityPermissions.UsersRead)]
public interface IUserAdminAppService : IApplicationService
{
    /// <summary>List and search users (q matches email or display name; role and locked filter), oldest first, with totalCount.</summary>
    Task<CursorPage<UserSummaryDto>> ListUsersAsync(UserListQuery query, CancellationToken cancellationToken);

    /// <summary>One user: profile, roles, external logins, lockout, created and last sign-in; 404 when unknown.</summary>
    [ProducesErrors(404)]
    Task<UserDetailDto> GetUserAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the user's roles. Removing a role ends the user's sessions (their tokens carry the roles). 409
    /// <c>identity.cannot_demote_self</c> when admins drop their own admin role, <c>identity.last_admin</c> for the
    /// last active admin.
    /// </summary>
    [Put("{id}/roles")]
    [Permission(IdentityPermissions.UsersManage)]
    [ProducesErrors(404, 409)]
    [ProducesErrorCodes(IdentityErrorCodes.CannotDemoteSelf, IdentityErrorCodes.LastAdmin)]
    Task<UserDetailDto> UpdateUserRolesAsync(Guid id, UpdateUserRolesRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Locks the account until the given time or until unlocked, and ends every session at once: refresh tokens
    /// are revoked and access tokens refused from the next request on every node. 409
    /// <c>identity.cannot_lock_self</c> or <c>identity.last_admin</c>.
    /// </summary>
    [Permission(IdentityPermissions.UsersManage)]
    [ProducesErrors(404, 409)]
    [ProducesErrorCodes(IdentityErrorCodes.CannotLockSelf, IdentityErrorCodes.LastAdmin)]
    Task<UserDetailDto> LockUserAsync(Guid id, LockUserRequest request, CancellationToken cancellationToken);

    /// <summary>Unlocks the account (an administrator's lock or one after failed sign-ins); idempotent.</summary>
    [Permission(IdentityPermissions.UsersManage)]
    [ProducesErrors(404)]
    Task<UserDetailDto> UnlockUserAsync(Guid id, CancellationToken cancellationToken);
}
