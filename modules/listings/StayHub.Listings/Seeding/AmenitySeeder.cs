using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Seeding;
using StayHub.Listings.Application.Amenities;
using StayHub.Listings.Domain;
using StayHub.Listings.Persistence;
using ZiggyCreatures.Caching.Fusion;

namespace StayHub.Listings.Seeding;

/// <summary>Brings <c>listings.amenities</c> in line with <see cref="AmenityCatalog"/> at every start (insert new, rename changed).</summary>
internal sealed class AmenitySeeder(ListingsDbContext db, IFusionCache cache) : IDataSeedContributor
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Amenities.ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, cancellationToken);
        var changed = false;
        foreach (var (code, name, category) in AmenityCatalog.All)
        {
            if (!existing.TryGetValue(code, out var amenity))
            {
                db.Amenities.Add(new Amenity(code, name, category));
                changed = true;
            }
            else if (amenity.Name != name || amenity.Category != category)
            {
                amenity.Name = name;
                amenity.Category = category;
                changed = true;
            }
        }

        if (changed)
        {
            await db.SaveChangesAsync(cancellationToken);
            await cache.RemoveAsync(AmenityAppService.CacheKey, token: cancellationToken);
        }
    }
}
