using NpgsqlTypes;

namespace StayHub.Listings.Domain;

/// <summary>
/// A per-date nightly price that overrides the listing's base price. It keeps its currency: an amount means nothing
/// without one, and a listing whose currency changes must not read €50 as ¥50 (the override then no longer applies).
/// </summary>
internal sealed class CalendarPrice(Guid listingId, DateOnly date, long price, string currency)
{
    public Guid ListingId { get; private set; } = listingId;

    public DateOnly Date { get; private set; } = date;

    public long Price { get; set; } = price;

    public string Currency { get; set; } = currency;
}

/// <summary>
/// Search's copy of a stay booking holds (a booking or a host block), fed by booking's events; the
/// booking module stays the source of truth for availability.
/// </summary>
internal sealed class Unavailability(Guid stayId, Guid listingId, NpgsqlRange<DateOnly> period)
{
    public Guid StayId { get; private set; } = stayId;

    public Guid ListingId { get; set; } = listingId;

    /// <summary>Nights held: <c>[from, to)</c>.</summary>
    public NpgsqlRange<DateOnly> Period { get; set; } = period;
}

/// <summary>An amenity a listing can offer (wifi, pool…), from a fixed catalog.</summary>
internal sealed class Amenity(string code, string name, string category)
{
    public string Code { get; private set; } = code;

    public string Name { get; set; } = name;

    public string Category { get; set; } = category;
}
