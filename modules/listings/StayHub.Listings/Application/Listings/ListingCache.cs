using Microsoft.EntityFrameworkCore;
using StayHub.Listings.Contracts;
using StayHub.Listings.Persistence;
using ZiggyCreatures.Caching.Fusion;

namespace StayHub.Listings.Application.Listings;

/// <summary>
/// Listing detail through FusionCache (L1 memory, L2 Redis, backplane). Every change evicts after its commit,
/// and the eviction is awaited on Redis (not left in the background), so when a write answers, Redis holds no
/// stale copy and the backplane message to the other nodes' L1 is already published.
/// </summary>
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
        // A short L1 bounds staleness if a backplane message were ever lost.
        MemoryCacheDuration = TimeSpan.FromMinutes(1),
        IsFailSafeEnabled = true,
        FailSafeMaxDuration = TimeSpan.FromMinutes(30),
        // No factory soft timeout: a factory left running in the background would share the request's DbContext.
        DistributedCacheSoftTimeout = TimeSpan.FromMilliseconds(250),
    };

    /// <summary>The listing as anyone may be shown it, or <c>null</c> when unknown or deleted (also cached, briefly).</summary>
    public ValueTask<ListingDto?> GetDetailAsync(Guid id, ListingsDbContext db, CancellationToken cancellationToken) =>
        cache.GetOrSetAsync<ListingDto?>(
            DetailKey(id),
            async (ctx, ct) =>
            {
                var listing = await db.Listings.AsNoTracking().Include(l => l.Photos)
                    .FirstOrDefaultAsync(l => l.Id == id && l.DeletedAt == null, ct);
                if (listing is null)
                {
                    // Unknown ids are cheap to ask for again; keep them out of Redis for long.
                    ctx.Options.Duration = TimeSpan.FromSeconds(30);
                    return null;
                }

                return ListingMapper.ToDto(listing);
            },
            DetailOptions,
            cancellationToken);

    public ValueTask EvictAsync(Guid id) => cache.RemoveAsync(DetailKey(id), EvictOptions, CancellationToken.None);
}
