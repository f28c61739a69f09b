using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Errors;
using ZiggyCreatures.Caching.Fusion;

namespace StayHub.Framework.Permissions;

/// <summary>
/// Grants live in PostgreSQL; each role's and user's set is cached in Redis only, so a check costs no query on the
/// hot path, and once a change has answered no node checks against the old set. Not in memory: the backplane
/// message that evicts the other nodes' memory copies travels asynchronously (ADR 0012, as for listing detail).
/// A read that misses the cache holds a shared advisory lock on the provider's grants (transaction-scoped) from its
/// query until its set is in Redis; a change holds the same lock exclusively until it commits, then awaits its eviction. So a set read
/// before a change committed was stored before that commit, and the change's eviction removes it; a set read after
/// the commit is the new one. (Without the lock, a read that loaded the old set before the commit could store it
/// after the eviction and serve it for the whole cache duration.)
/// </summary>
internal sealed class PermissionStore(
    IServiceScopeFactory scopes,
    IFusionCache cache,
    PermissionDefinitionManager definitions,
    TimeProvider clock) : IPermissionChecker, IPermissionManager
{
    private readonly FusionCacheEntryOptions cacheOptions = cache.CreateEntryOptions(o =>
    {
        o.Duration = TimeSpan.FromMinutes(30);
        o.SkipMemoryCacheRead = true;
        o.SkipMemoryCacheWrite = true;
        // Nobody holds a memory copy to evict; the Redis write is awaited, inside the read's lock.
        o.SkipBackplaneNotifications = true;
        o.AllowBackgroundDistributedCacheOperations = false;
    });

    private readonly FusionCacheEntryOptions evictOptions = cache.CreateEntryOptions(o =>
    {
        o.SkipMemoryCacheRead = true;
        o.SkipMemoryCacheWrite = true;
        // Awaited: the change answers only once the Redis copy is gone.
        o.AllowBackgroundDistributedCacheOperations = false;
        o.AllowBackgroundBackplaneOperations = false;
    });

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

    public async Task<IReadOnlyList<string>> GetGrantedAsync(string providerName, string providerKey, CancellationToken cancellationToken)
    {
        var cacheKey = CacheKey(providerName, providerKey);
        var cached = await cache.TryGetAsync<string[]>(cacheKey, cacheOptions, cancellationToken);
        if (cached.HasValue)
        {
            return cached.Value;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PermissionsDbContext>();
        var lockKey = LockKey(providerName, providerKey);
        // A transaction-scoped lock (no session state left on a pooled connection), held until the set is in Redis.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared(hashtextextended({lockKey}, 0))", ct);
            var granted = await db.Grants.AsNoTracking()
                .Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey)
                .Select(g => g.Name)
                .OrderBy(n => n)
                .ToArrayAsync(ct);
            await cache.SetAsync(cacheKey, granted, cacheOptions, ct);
            await transaction.CommitAsync(ct);
            return granted;
        }, cancellationToken);
    }

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
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                // Exclusive until the commit: waits for reads storing the old set, holds back reads of the new one.
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({LockKey(providerName, providerKey)}, 0))", ct);
                var existing = await db.Grants.Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey).ToListAsync(ct);
                db.Grants.RemoveRange(existing.Where(g => !permissions.Contains(g.Name)));
                var now = clock.GetUtcNow();
                foreach (var name in permissions.Except(existing.Select(g => g.Name)).Distinct())
                {
                    db.Grants.Add(new PermissionGrant { Name = name, ProviderName = providerName, ProviderKey = providerKey, CreatedAt = now });
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
        }

        await cache.RemoveAsync(CacheKey(providerName, providerKey), evictOptions, cancellationToken);
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
                // unique index; changes to different providers do not wait for each other. Reads storing the old set
                // finish first, and reads of the new set wait for the commit (see the class comment).
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({LockKey(providerName, providerKey)}, 0))", ct);
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

        await cache.RemoveAsync(CacheKey(providerName, providerKey), evictOptions, cancellationToken);
    }

    /// <summary>The advisory lock of one role's or user's grants (reads shared, changes exclusive).</summary>
    private static string LockKey(string providerName, string providerKey) => $"permissions:{providerName}:{providerKey}";

    internal static string CacheKey(string providerName, string providerKey) => $"perm:{providerName}:{providerKey}";
}
