using Microsoft.EntityFrameworkCore;
using StayHub.Listings.Application.Listings;
using StayHub.Listings.Contracts;
using StayHub.Listings.Persistence;
using ZiggyCreatures.Caching.Fusion;

namespace StayHub.Listings.Application.Amenities;

/// <summary>The amenity catalog as stored, cached on every node (it changes only when a deploy seeds it).</summary>
internal sealed class AmenityAppService(ListingsDbContext db, IFusionCache cache) : IAmenityAppService
{
    public const string CacheKey = ListingCache.Prefix + "amenities";

    public async Task<IReadOnlyList<AmenityDto>> ListAmenitiesAsync(CancellationToken cancellationToken) =>
        await cache.GetOrSetAsync<IReadOnlyList<AmenityDto>>(
            CacheKey,
            async ct => await db.Amenities.AsNoTracking()
                .OrderBy(a => a.Category).ThenBy(a => a.Code)
                .Select(a => new AmenityDto(a.Code, a.Name, a.Category))
                .ToListAsync(ct),
            new FusionCacheEntryOptions { Duration = TimeSpan.FromHours(1), MemoryCacheDuration = TimeSpan.FromMinutes(10) },
            cancellationToken);
}
