using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Framework.Pagination;
using StayHub.Framework.Users;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Application.Sessions;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;
using StayHub.Identity.Persistence;

namespace StayHub.Identity.Application.Users;

internal sealed class UserAdminAppService(
    IdentityDbContext db,
    UserManager<AppUser> users,
    SessionRevoker sessions,
    ICurrentUser currentUser,
    TimeProvider clock) : IUserAdminAppService
{
    // Every change that can take away an admin runs under this transaction-scoped advisory lock, so two admins
    // demoting or locking each other at once cannot both pass the "another active admin remains" check.
    private const long AdminChangesLockKey = 0x5374_6179_4875_6241;

    public async Task<CursorPage<UserSummaryDto>> ListUsersAsync(UserListQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Cursor.ClampPageSize(query.PageSize);
        var scope = query with { Cursor = null, PageSize = null };
        var after = Cursor.Decode<Guid?>(query.Cursor, scope);
        var now = clock.GetUtcNow();

        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = "%" + EscapeLike(query.Q.Trim()) + "%";
            users = users.Where(u => EF.Functions.ILike(u.Email!, pattern, "\\") || EF.Functions.ILike(u.DisplayName, pattern, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            var roleName = query.Role.Trim().ToLowerInvariant();
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        }

        if (query.Locked is { } locked)
        {
            users = locked
                ? users.Where(u => u.LockoutEnabled && u.LockoutEnd > now)
                : users.Where(u => !u.LockoutEnabled || u.LockoutEnd == null || u.LockoutEnd <= now);
        }

        var total = await users.LongCountAsync(cancellationToken);
        // UUID v7 ids are time-ordered, so ordering by id is "oldest first" and a stable keyset.
        var page = await users
            .Where(u => after == null || u.Id > after)
            .OrderBy(u => u.Id)
            .Take(pageSize + 1)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnabled, u.LockoutEnd, u.CreatedAt })
            .ToListAsync(cancellationToken);

        var ids = page.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking()
            .Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);

        var items = page.Take(pageSize)
            .Select(u => new UserSummaryDto(
                u.Id,
                u.Email!,
                u.DisplayName,
                [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal)],
                u.LockoutEnabled && u.LockoutEnd > now,
                u.CreatedAt))
            .ToList();
        var next = page.Count > pageSize ? Cursor.Encode<Guid?>(items[^1].Id, scope) : null;
        return new CursorPage<UserSummaryDto>(items, next, total);
    }

    public async Task<UserDetailDto> GetUserAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw UserNotFound();
        return await DetailAsync(user, cancellationToken);
    }

    public async Task<UserDetailDto> UpdateUserRolesAsync(Guid id, UpdateUserRolesRequest request, CancellationToken cancellationToken)
    {
        var wanted = request.Roles.Select(r => r.Trim().ToLowerInvariant()).Append(Roles.Guest).ToHashSet(StringComparer.Ordinal);
        return await ChangeAsync(id, async (user, ct) =>
        {
            var held = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);
            var removed = held.Except(wanted, StringComparer.Ordinal).ToList();
            var added = wanted.Except(held, StringComparer.Ordinal).ToList();
            if (removed.Contains(Roles.Admin))
            {
                if (user.Id == currentUser.Id)
                {
                    throw new ConflictException(IdentityErrorCodes.CannotDemoteSelf, "You cannot remove your own admin role; ask another administrator.");
                }

                await EnsureAnotherActiveAdminAsync(user.Id, ct);
            }

            if (added.Count > 0)
            {
                AccountAppService.ThrowIfFailed(await users.AddToRolesAsync(user, added));
            }

            if (removed.Count > 0)
            {
                AccountAppService.ThrowIfFailed(await users.RemoveFromRolesAsync(user, removed));
                // Access tokens carry the roles: the ones issued before must not keep the removed role's rights.
                AccountAppService.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
                await sessions.RevokeAllAsync(user.Id, ct);
            }
        }, cancellationToken);
    }

    public async Task<UserDetailDto> LockUserAsync(Guid id, LockUserRequest request, CancellationToken cancellationToken)
    {
        if (request.Until is { } until && until <= clock.GetUtcNow())
        {
            throw RequestValidationException.ForField("until", "'until' must be in the future; leave it out to lock until unlocked.");
        }

        if (id == currentUser.Id)
        {
            throw new ConflictException(IdentityErrorCodes.CannotLockSelf, "You cannot lock your own account.");
        }

        return await ChangeAsync(id, async (user, ct) =>
        {
            if (await users.IsInRoleAsync(user, Roles.Admin))
            {
                await EnsureAnotherActiveAdminAsync(user.Id, ct);
            }

            user.LockoutEnabled = true;
            user.LockoutEnd = request.Until ?? DateTimeOffset.MaxValue;
            user.LockReason = request.Reason.Trim();
            user.LockedAt = clock.GetUtcNow();
            user.LockedBy = currentUser.Id;
            // A new stamp stops refresh grants of any token we might have missed; the revocation refuses the rest.
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            AccountAppService.ThrowIfFailed(await users.UpdateAsync(user));
            await sessions.RevokeAllAsync(user.Id, ct);
        }, cancellationToken);
    }

    public Task<UserDetailDto> UnlockUserAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async (user, _) =>
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            user.LockReason = null;
            user.LockedAt = null;
            user.LockedBy = null;
            AccountAppService.ThrowIfFailed(await users.UpdateAsync(user));
        }, cancellationToken);

    /// <summary>Loads the user, applies the change and answers the new detail, in one transaction under the admin-changes lock.</summary>
    private async Task<UserDetailDto> ChangeAsync(Guid id, Func<AppUser, CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdminChangesLockKey})", ct);
            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw UserNotFound();
            await change(user, ct);
            await transaction.CommitAsync(ct);
            return await DetailAsync(user, ct);
        }, cancellationToken);
    }

    private async Task EnsureAnotherActiveAdminAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var others = await db.UserRoles
            .Where(ur => ur.UserId != userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Admin))
            .Join(db.Users, ur => ur.UserId, u => u.Id, (_, u) => u)
            .CountAsync(u => !u.LockoutEnabled || u.LockoutEnd == null || u.LockoutEnd <= now, cancellationToken);
        if (others == 0)
        {
            throw new ConflictException(IdentityErrorCodes.LastAdmin, "This is the last active administrator; make another one first.");
        }
    }

    private async Task<UserDetailDto> DetailAsync(AppUser user, CancellationToken cancellationToken)
    {
        var roles = await db.UserRoles.AsNoTracking()
            .Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken);
        var logins = await db.UserLogins.AsNoTracking()
            .Where(l => l.UserId == user.Id)
            .OrderBy(l => l.LoginProvider)
            .Select(l => new ExternalLoginDto(l.LoginProvider, l.ProviderKey))
            .ToListAsync(cancellationToken);
        var lockedOut = user.LockoutEnabled && user.LockoutEnd > clock.GetUtcNow();
        var lockout = new UserLockoutDto(
            lockedOut,
            lockedOut && user.LockoutEnd != DateTimeOffset.MaxValue ? user.LockoutEnd : null,
            lockedOut ? user.LockReason : null,
            lockedOut ? user.LockedAt : null,
            lockedOut ? user.LockedBy : null,
            user.AccessFailedCount);
        return new UserDetailDto(
            user.Id,
            user.Email!,
            user.EmailConfirmed,
            user.DisplayName,
            user.Bio,
            user.PhoneNumber,
            user.PhotoUrl,
            [.. roles.Order(StringComparer.Ordinal)],
            logins,
            user.PasswordHash is not null,
            lockout,
            user.CreatedAt,
            user.LastSignInAt);
    }

    private static NotFoundException UserNotFound() => new("The user");

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
