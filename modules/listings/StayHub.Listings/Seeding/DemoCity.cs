namespace StayHub.Listings.Seeding;

/// <summary>Cities of the demo data: centre, currency and a plausible nightly price range in minor units.</summary>
internal sealed record DemoCity(
    string Name, string? Region, string Country, string? PostalCode, double Lat, double Lng, string Currency, long MinPrice, long MaxPrice,
    string[] Neighbourhoods, string[] Streets);
