using NpgsqlTypes;

namespace StayHub.Listings.Domain;

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
