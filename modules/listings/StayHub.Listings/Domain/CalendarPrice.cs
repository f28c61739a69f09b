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
