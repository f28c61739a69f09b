using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Errors;
using ZiggyCreatures.Caching.Fusion;

namespace StayHub.Framework.Permissions;

/// <summary>
/// Grants live in PostgreSQL; each role's and user's set is cached (L1 + Redis, evicted on every node
/// through the backplane when it changes), so a check costs no query on the hot path.
/// </summary>
internal sealed class PermissionStore(
    IServiceScopeFactory scopes,
    IFusionCache cache,
    PermissionDefinitionManager definitions,
    TimeProvider clock) : IPermissionChecker, IPermissionManager
{
    private static readonly FusionCacheEntryOptions CacheOptions = new() { Duration = TimeSpan.FromMinutes(30) };

    public async Task<bool> IsGrantedAsync(Guid? userId, IEnumerable<string> roles, string permission, CancellationToken cancellationToken)
    {
        foreach (var role in roles)
        {
            if ((await GetGrantedAsync(PermissionProviders.Role, role, cancellationToken)).Contains(permission, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return userId is { } id
            && (await GetGrantedAsync(PermissionProviders.User, id.ToString(), cancellationToken)).Contains(permission, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<string>> GetGrantedAsync(string providerName, string providerKey, CancellationToken cancellationToken) =>
        await cache.GetOrSetAsync<string[]>(
            CacheKey(providerName, providerKey),
            async ct =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PermissionsDbContext>();
                return await db.Grants.AsNoTracking()
                    .Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey)
                    .Select(g => g.Name)
                    .OrderBy(n => n)
                    .ToArrayAsync(ct);
            },
            CacheOptions,
            cancellationToken);

    public async Task SetGrantsAsync(string providerName, string providerKey, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken)
    {
        var unknown = permissions.Where(p => definitions.Find(p) is null).ToList();
        if (unknown.Count > 0)
        {
            throw RequestValidationException.ForField("permissions", $"Unknown permission(s): {string.Join(", ", unknown)}.");
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PermissionsDbContext>();
            var existing = await db.Grants.Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey).ToListAsync(cancellationToken);
            db.Grants.RemoveRange(existing.Where(g => !permissions.Contains(g.Name)));
            var now = clock.GetUtcNow();
            foreach (var name in permissions.Except(existing.Select(g => g.Name)).Distinct())
            {
                db.Grants.Add(new PermissionGrant { Name = name, ProviderName = providerName, ProviderKey = providerKey, CreatedAt = now });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await cache.RemoveAsync(CacheKey(providerName, providerKey), token: cancellationToken);
    }

    public async Task ChangeGrantsAsync(string providerName, string providerKey, IReadOnlyDictionary<string, bool> changes, CancellationToken cancellationToken)
    {
        var unknown = changes.Keys.Where(p => definitions.Find(p) is null).ToList();
        if (unknown.Count > 0)
        {
            throw RequestValidationException.ForField("permissions", $"Unknown permission(s): {string.Join(", ", unknown)}.");
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PermissionsDbContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                // Two changes to one role or user at once are serialised, so both land instead of one failing on the
                // unique index; changes to different providers do not wait for each other.
                var lockKey = $"permissions:{providerName}:{providerKey}";
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({lockKey}, 0))", ct);
                var names = changes.Keys.ToList();
                var existing = await db.Grants
                    .Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey && names.Contains(g.Name))
                    .ToListAsync(ct);
                db.Grants.RemoveRange(existing.Where(g => !changes[g.Name]));
                var now = clock.GetUtcNow();
                foreach (var name in changes.Where(c => c.Value).Select(c => c.Key).Except(existing.Select(g => g.Name)))
                {
                    db.Grants.Add(new PermissionGrant { Name = name, ProviderName = providerName, ProviderKey = providerKey, CreatedAt = now });
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
        }

        await cache.RemoveAsync(CacheKey(providerName, providerKey), token: cancellationToken);
    }

    internal static string CacheKey(string providerName, string providerKey) => $"perm:{providerName}:{providerKey}";
}
