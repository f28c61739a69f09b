using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Identity.Contracts;

/// <summary>The marketplace's users, for administrators holding <see cref="IdentityPermissions.UsersRead"/>.</summary>
[ApplicationService("api/admin/users", Tag = "Admin: users", OperationIdPrefix = "Admin")]
[Permission(IdentityPermissions.UsersRead)]
public interface IUserAdminAppService : IApplicationService
{
    /// <summary>List and search users (q matches email or display name; role filters).</summary>
    Task<CursorPage<UserSummaryDto>> ListUsersAsync(UserListQuery query, CancellationToken cancellationToken);
}
