using System.Collections.Frozen;

namespace StayHub.Listings.Domain;

/// <summary>
/// The amenity catalog. Defined in code (validation needs no database round trip) and seeded into
/// <c>listings.amenities</c> so SQL consumers and <c>GET /api/amenities</c> read the same list.
/// </summary>
internal static class AmenityCatalog
{
    public static readonly IReadOnlyList<(string Code, string Name, string Category)> All =
    [
        ("wifi", "Wi-Fi", "essentials"),
        ("kitchen", "Kitchen", "essentials"),
        ("washer", "Washer", "essentials"),
        ("dryer", "Dryer", "essentials"),
        ("air_conditioning", "Air conditioning", "essentials"),
        ("heating", "Heating", "essentials"),
        ("hot_water", "Hot water", "essentials"),
        ("essentials", "Towels, bed sheets, soap and toilet paper", "essentials"),
        ("hair_dryer", "Hair dryer", "essentials"),
        ("iron", "Iron", "essentials"),
        ("workspace", "Dedicated workspace", "work"),
        ("tv", "TV", "entertainment"),
        ("fireplace", "Indoor fireplace", "entertainment"),
        ("pool", "Pool", "outdoor"),
        ("hot_tub", "Hot tub", "outdoor"),
        ("bbq_grill", "BBQ grill", "outdoor"),
        ("patio", "Patio or balcony", "outdoor"),
        ("garden", "Garden", "outdoor"),
        ("beach_access", "Beach access", "location"),
        ("ski_in_out", "Ski-in/ski-out", "location"),
        ("lake_access", "Lake access", "location"),
        ("free_parking", "Free parking on premises", "parking"),
        ("ev_charger", "EV charger", "parking"),
        ("gym", "Gym", "facilities"),
        ("elevator", "Elevator", "facilities"),
        ("crib", "Crib", "family"),
        ("high_chair", "High chair", "family"),
        ("pets_allowed", "Pets allowed", "policies"),
        ("smoking_allowed", "Smoking allowed", "policies"),
        ("self_check_in", "Self check-in", "policies"),
        ("smoke_alarm", "Smoke alarm", "safety"),
        ("carbon_monoxide_alarm", "Carbon monoxide alarm", "safety"),
        ("fire_extinguisher", "Fire extinguisher", "safety"),
        ("first_aid_kit", "First aid kit", "safety"),
    ];

    private static readonly FrozenSet<string> Codes = All.Select(a => a.Code).ToFrozenSet(StringComparer.Ordinal);

    public static bool Exists(string? code) => code is not null && Codes.Contains(code);
}
