using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Errors;
using StayHub.Framework.Permissions;
using StayHub.Identity.Contracts;
using StayHub.Identity.Contracts.Permissions;
using StayHub.Identity.Persistence;

namespace StayHub.Identity.Application.Permissions;

/// <summary>
/// Reads and changes grants through the framework's permission store; identity adds what the framework does not
/// know: which roles exist, which users exist and which roles a user holds (for the effective set).
/// </summary>
internal sealed class PermissionAdminAppService(
    IdentityDbContext db,
    IPermissionManager permissions,
    PermissionDefinitionManager definitions) : IPermissionAdminAppService
{
    public async Task<PermissionTreeDto> GetPermissionsAsync(CancellationToken cancellationToken)
    {
        var roleGrants = new List<RoleGrantsDto>();
        foreach (var role in Roles.All)
        {
            var granted = await permissions.GetGrantedAsync(PermissionProviders.Role, role, cancellationToken);
            roleGrants.Add(new RoleGrantsDto(role, [.. granted.Where(p => definitions.Find(p) is not null).Order(StringComparer.Ordinal)]));
        }

        var groups = definitions.All
            .GroupBy(d => d.Group, StringComparer.Ordinal)
            .Select(g =>
            {
                var module = g.First().Module;
                return new PermissionGroupDto(
                    g.Key,
                    definitions.GroupDisplayName(g.Key),
                    module,
                    definitions.GroupDisplayName(module),
                    [.. g.Select(d => new PermissionDefinitionDto(
                        d.Name,
                        d.DisplayName,
                        d.Parent,
                        [.. roleGrants.Where(r => r.Permissions.Contains(d.Name, StringComparer.Ordinal)).Select(r => r.Name)]))]);
            })
            .OrderBy(g => g.Module, StringComparer.Ordinal)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        return new PermissionTreeDto(groups, roleGrants);
    }

    public async Task<PermissionGrantsDto> GetRolePermissionsAsync(string role, CancellationToken cancellationToken)
    {
        var name = KnownRole(role);
        return await RoleGrantsAsync(name, cancellationToken);
    }

    public async Task<PermissionGrantsDto> UpdateRolePermissionsAsync(string role, UpdatePermissionsRequest request, CancellationToken cancellationToken)
    {
        var name = KnownRole(role);
        var changes = Changes(request);
        // The admin role keeps permission management whatever else is taken from it: with it an administrator can
        // always give back what was removed, and the last-admin rule keeps an administrator around to do it.
        if (name == Roles.Admin && changes.TryGetValue(IdentityPermissions.PermissionsManage, out var keep) && !keep)
        {
            throw new ConflictException(
                IdentityErrorCodes.AdminKeepsPermissionsManage,
                $"The admin role always keeps {IdentityPermissions.PermissionsManage}; otherwise nobody could change permissions any more.");
        }

        await permissions.ChangeGrantsAsync(PermissionProviders.Role, name, changes, cancellationToken);
        return await RoleGrantsAsync(name, cancellationToken);
    }

    public async Task<PermissionGrantsDto> GetUserPermissionsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var roles = await UserRolesAsync(userId, cancellationToken);
        return await UserGrantsAsync(userId, roles, cancellationToken);
    }

    public async Task<PermissionGrantsDto> UpdateUserPermissionsAsync(Guid userId, UpdatePermissionsRequest request, CancellationToken cancellationToken)
    {
        var roles = await UserRolesAsync(userId, cancellationToken);
        await permissions.ChangeGrantsAsync(PermissionProviders.User, userId.ToString(), Changes(request), cancellationToken);
        return await UserGrantsAsync(userId, roles, cancellationToken);
    }

    private static string KnownRole(string role)
    {
        var name = role.Trim().ToLowerInvariant();
        return Roles.All.Contains(name, StringComparer.Ordinal) ? name : throw new NotFoundException("The role");
    }

    /// <summary>The request as name → granted (the validator has refused duplicates, blanks and missing flags).</summary>
    private static Dictionary<string, bool> Changes(UpdatePermissionsRequest request) =>
        request.Permissions.ToDictionary(p => p.Name, p => p.IsGranted!.Value, StringComparer.Ordinal);

    private async Task<List<string>> UserRolesAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            throw new NotFoundException("The user");
        }

        return await db.UserRoles.AsNoTracking()
            .Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .OrderBy(n => n)
            .ToListAsync(cancellationToken);
    }

    private async Task<PermissionGrantsDto> RoleGrantsAsync(string role, CancellationToken cancellationToken)
    {
        var granted = (await permissions.GetGrantedAsync(PermissionProviders.Role, role, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var source = $"{PermissionProviders.Role}:{role}";
        return new PermissionGrantsDto(
            PermissionProviders.Role,
            role,
            [.. Defined().Select(name => granted.Contains(name) ? new PermissionGrantDto(name, true, [source]) : new PermissionGrantDto(name, false, []))]);
    }

    private async Task<PermissionGrantsDto> UserGrantsAsync(Guid userId, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var sources = new List<(string Source, HashSet<string> Granted)>();
        foreach (var role in roles)
        {
            sources.Add(($"{PermissionProviders.Role}:{role}", (await permissions.GetGrantedAsync(PermissionProviders.Role, role, cancellationToken)).ToHashSet(StringComparer.Ordinal)));
        }

        sources.Add((PermissionProviders.User, (await permissions.GetGrantedAsync(PermissionProviders.User, userId.ToString(), cancellationToken)).ToHashSet(StringComparer.Ordinal)));
        return new PermissionGrantsDto(
            PermissionProviders.User,
            userId.ToString(),
            [.. Defined().Select(name =>
            {
                List<string> by = [.. sources.Where(s => s.Granted.Contains(name)).Select(s => s.Source)];
                return new PermissionGrantDto(name, by.Count > 0, by);
            })]);
    }

    private IEnumerable<string> Defined() => definitions.All.Select(d => d.Name).Order(StringComparer.Ordinal);
}
