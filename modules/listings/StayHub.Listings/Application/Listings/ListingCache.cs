using Microsoft.EntityFrameworkCore;
using StayHub.Listings.Contracts;
using StayHub.Listings.Persistence;
using ZiggyCreatures.Caching.Fusion;

namespace StayHub.Listings.Application.Listings;

/// <summary>
/// Listing detail through FusionCache in Redis only (no per-node memory copy). Every change evicts after its commit,
/// and the eviction is awaited on Redis (not left in the background), so once a write has answered, no node can
/// serve the old copy: every node reads the one Redis entry, which is gone.
/// </summary>
/// <remarks>
/// A memory (L1) copy evicted through the backplane is not enough for that promise: the backplane message reaches
/// the other nodes asynchronously, so a read on another node right after the write answered could still be served
/// the old version from its memory (seen as a flaky two-node test under CI load). One Redis GET per read is the
/// price of read-your-writes across nodes; see docs/adr/0012.
/// </remarks>
internal sealed class ListingCache(IFusionCache cache)
{
    public const string Prefix = "listings:";

    public static string DetailKey(Guid id) => $"{Prefix}detail:{id:N}";

    /// <summary>Awaited L2 and backplane work: a returned write never races its own eviction.</summary>
    private static readonly FusionCacheEntryOptions EvictOptions = new()
    {
        AllowBackgroundDistributedCacheOperations = false,
        AllowBackgroundBackplaneOperations = false,
    };

    private static readonly FusionCacheEntryOptions DetailOptions = new()
    {
        Duration = TimeSpan.FromMinutes(10),
        // Redis is the only copy: a node's memory would outlive an edit on another node until the backplane arrives.
        SkipMemoryCacheRead = true,
        SkipMemoryCacheWrite = true,
        IsFailSafeEnabled = true,
        FailSafeMaxDuration = TimeSpan.FromMinutes(30),
        // No factory soft timeout: a factory left running in the background would share the request's DbContext.
        DistributedCacheSoftTimeout = TimeSpan.FromMilliseconds(250),
    };

    /// <summary>The listing as anyone may be shown it, or <c>null</c> when unknown or deleted (also cached, briefly).</summary>
    /// <remarks>
    /// A read racing a write can load the old row before the write commits and store it after the write's
    /// eviction, which would serve the old version until expiry. So the call whose factory stored a value checks,
    /// once the value is in the cache, that the row's <c>xmin</c> is still the one it read, and evicts otherwise.
    /// Either the store happened before the writer's eviction (which then removes it), or after it, and then
    /// after the writer's commit too, so the check sees the new <c>xmin</c>. Only misses pay the extra lookup.
    /// </remarks>
    public async ValueTask<ListingDto?> GetDetailAsync(Guid id, ListingsDbContext db, CancellationToken cancellationToken)
    {
        var stored = false;
        var listing = await cache.GetOrSetAsync<ListingDto?>(
            DetailKey(id),
            async (ctx, ct) =>
            {
                stored = true;
                var row = await db.Listings.AsNoTracking().Include(l => l.Photos)
                    .FirstOrDefaultAsync(l => l.Id == id && l.DeletedAt == null, ct);
                if (row is null)
                {
                    // Unknown ids are cheap to ask for again; keep them out of Redis for long.
                    ctx.Options.Duration = TimeSpan.FromSeconds(30);
                    return null;
                }

                // Cached for everyone, so the public form; GetListingAsync adds the exact address for those who may see it.
                return ListingMapper.ToDto(row, exact: false);
            },
            DetailOptions,
            cancellationToken);

        if (stored)
        {
            var current = await db.Listings.AsNoTracking()
                .Where(l => l.Id == id && l.DeletedAt == null)
                .Select(l => (uint?)l.Version)
                .FirstOrDefaultAsync(cancellationToken);
            if (current != listing?.Version)
            {
                await EvictAsync(id);
            }
        }

        return listing;
    }

    public ValueTask EvictAsync(Guid id) => cache.RemoveAsync(DetailKey(id), EvictOptions, CancellationToken.None);
}
