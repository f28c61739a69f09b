using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using StayHub.Framework.Seeding;
using StayHub.Identity.Contracts;
using StayHub.Listings.Contracts;
using StayHub.Listings.Domain;
using StayHub.Listings.Persistence;

namespace StayHub.Listings.Seeding;

/// <summary>
/// With <c>Seed:Demo</c>: ~200 published listings in eight cities for the demo host. Deterministic (fixed seed),
/// so every demo database looks the same; skipped once the host has any listing.
/// </summary>
internal sealed class DemoListingsSeeder(
    ListingsDbContext db,
    IIdentityModule identity,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<DemoListingsSeeder> logger) : IDataSeedContributor
{
    public const string DemoHostEmail = "host@stayhub.local";
    public const int PerCity = 25;

    // After identity (0) has created the demo host and the amenity catalog (10) exists.
    public int Order => 100;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Seed:Demo", false))
        {
            return;
        }

        var host = await identity.FindByEmailAsync(DemoHostEmail, cancellationToken);
        if (host is null)
        {
            logger.LogWarning("Demo listings skipped: {Email} does not exist", DemoHostEmail);
            return;
        }

        if (await db.Listings.AnyAsync(l => l.HostId == host.Id, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var details in Generate(PerCity))
        {
            db.Listings.Add(new Listing(host.Id, details, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} demo listings for {Email}", DemoCities.All.Count * PerCity, DemoHostEmail);
    }

    /// <summary>Realistic listings around each city's centre; the same sequence for the same <paramref name="perCity"/>.</summary>
    public static IEnumerable<ListingDetails> Generate(int perCity, int seed = 20261125)
    {
        var random = new Random(seed);
        string[] adjectives = ["Sunny", "Cosy", "Bright", "Quiet", "Stylish", "Charming", "Spacious", "Modern", "Historic", "Airy"];
        string[] policies = [CancellationPolicies.Flexible, CancellationPolicies.Moderate, CancellationPolicies.Strict];
        var amenityCodes = AmenityCatalog.All.Select(a => a.Code).ToArray();
        foreach (var city in DemoCities.All)
        {
            for (var i = 0; i < perCity; i++)
            {
                var type = PropertyTypes.All[random.Next(PropertyTypes.All.Count - 1)];
                var bedrooms = type == "room" ? 1 : random.Next(1, 5);
                var guests = Math.Min(50, bedrooms * 2 + random.Next(0, 2));
                var neighbourhood = city.Neighbourhoods[random.Next(city.Neighbourhoods.Length)];
                var adjective = adjectives[random.Next(adjectives.Length)];
                var street = city.Streets[random.Next(city.Streets.Length)];
                // Within ~5 km of the centre: one degree of latitude is ~111 km.
                var lat = city.Lat + ((random.NextDouble() - 0.5) * 0.09);
                var lng = city.Lng + ((random.NextDouble() - 0.5) * 0.09 / Math.Cos(city.Lat * Math.PI / 180));
                var price = RoundPrice((city.MinPrice + (long)(random.NextDouble() * (city.MaxPrice - city.MinPrice))) * (bedrooms + 1) / 2);
                var amenities = amenityCodes.Where(_ => random.NextDouble() < 0.35).Append("wifi").Append("smoke_alarm").ToList();
                var minNights = random.Next(1, 4);
                yield return new ListingDetails(
                    Title: $"{adjective} {type} in {neighbourhood}",
                    Description: $"A {adjective.ToLowerInvariant()} {type} with {bedrooms} bedroom{(bedrooms == 1 ? string.Empty : "s")} in {neighbourhood}, "
                        + $"{city.Name}. Close to cafés, shops and public transport; a good base for exploring the city.",
                    PropertyType: type,
                    AddressLine1: $"{random.Next(1, 300)} {street}",
                    City: city.Name,
                    Region: city.Region,
                    PostalCode: city.PostalCode,
                    Country: city.Country,
                    Latitude: Math.Round(lat, 6),
                    Longitude: Math.Round(lng, 6),
                    MaxGuests: guests,
                    Bedrooms: bedrooms,
                    Beds: bedrooms + random.Next(0, 2),
                    Bathrooms: Math.Max(1, bedrooms / 2),
                    NightlyPrice: price,
                    Currency: city.Currency,
                    CleaningFee: RoundPrice(price / 4),
                    Amenities: amenities,
                    MinNights: minNights,
                    MaxNights: random.Next(minNights + 6, 91),
                    InstantBook: random.NextDouble() < 0.6,
                    CancellationPolicy: policies[random.Next(policies.Length)],
                    CheckInTime: new TimeOnly(14 + random.Next(0, 3), 0),
                    CheckOutTime: new TimeOnly(10 + random.Next(0, 2), 0),
                    HouseRules: random.NextDouble() < 0.5 ? "No parties. Quiet hours after 22:00." : null);
            }
        }
    }

    /// <summary>Round to 100 minor units: ¥100 steps for JPY (no minor unit), whole units for two-decimal currencies.</summary>
    private static long RoundPrice(long amount) => Math.Max(100, amount / 100 * 100);
}
