using FluentValidation;
using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Contracts;
using StayHub.Framework.Pagination;
using StayHub.Identity.Contracts;
using StayHub.Identity.Persistence;

namespace StayHub.Identity.Application.Users;

internal sealed class UserAdminService(IdentityDbContext db, TimeProvider clock) : IUserAdminAppService
{
    public async Task<CursorPage<UserSummaryDto>> ListUsersAsync(UserListQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Cursor.ClampPageSize(query.PageSize);
        var after = Cursor.Decode<Guid?>(query.Cursor);

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

        var total = await users.LongCountAsync(cancellationToken);
        // UUID v7 ids are time-ordered, so ordering by id is "oldest first" and a stable keyset.
        var page = await users
            .Where(u => after == null || u.Id > after)
            .OrderBy(u => u.Id)
            .Take(pageSize + 1)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.CreatedAt })
            .ToListAsync(cancellationToken);

        var ids = page.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking()
            .Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var items = page.Take(pageSize)
            .Select(u => new UserSummaryDto(
                u.Id,
                u.Email!,
                u.DisplayName,
                [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal)],
                u.LockoutEnd > now,
                u.CreatedAt))
            .ToList();
        var next = page.Count > pageSize ? Cursor.Encode<Guid?>(items[^1].Id) : null;
        return new CursorPage<UserSummaryDto>(items, next, total);
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

internal sealed class UserListQueryValidator : AbstractValidator<UserListQuery>
{
    public UserListQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(256);
        RuleFor(x => x.Role).Must(r => string.IsNullOrWhiteSpace(r) || Roles.All.Contains(r.Trim().ToLowerInvariant()))
            .WithMessage($"Role must be one of: {string.Join(", ", Roles.All)}.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Cursor).MaximumLength(512);
    }
}
