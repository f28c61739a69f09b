using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Seeding;
using ZiggyCreatures.Caching.Fusion;

namespace StayHub.Framework.Permissions;

/// <summary>
/// Grants each permission to its default roles the first time the permission is seen. Later starts leave it
/// alone, so an admin who revoked a default grant does not see it come back.
/// </summary>
internal sealed class PermissionSeedContributor(
    PermissionsDbContext db,
    PermissionDefinitionManager definitions,
    IFusionCache cache,
    TimeProvider clock) : IDataSeedContributor
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seen = await db.SeedMarks.Select(m => m.Name).ToListAsync(cancellationToken);
        var fresh = definitions.All.Where(d => !seen.Contains(d.Name)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var existing = await db.Grants.Where(g => g.ProviderName == PermissionProviders.Role)
            .Select(g => new { g.Name, g.ProviderKey })
            .ToListAsync(cancellationToken);
        foreach (var definition in fresh)
        {
            foreach (var role in definition.DefaultRoles.Where(r => !existing.Any(e => e.Name == definition.Name && e.ProviderKey == r)))
            {
                db.Grants.Add(new PermissionGrant { Name = definition.Name, ProviderName = PermissionProviders.Role, ProviderKey = role, CreatedAt = now });
            }

            db.SeedMarks.Add(new PermissionSeedMark { Name = definition.Name, SeededAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var role in fresh.SelectMany(d => d.DefaultRoles).Distinct())
        {
            await cache.RemoveAsync(PermissionStore.CacheKey(PermissionProviders.Role, role), token: cancellationToken);
        }
    }
}
