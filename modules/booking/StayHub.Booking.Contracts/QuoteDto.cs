using StayHub.Framework.Contracts;

namespace StayHub.Booking.Contracts;

/// <summary>The price of a stay in the listing's currency, and whether it can be booked now.</summary>
/// <param name="Nights">Number of nights.</param>
/// <param name="NightlyPrices">Price of each night, in date order.</param>
/// <param name="NightsTotal">Sum of the nightly prices.</param>
/// <param name="CleaningFee">Cleaning fee of the stay.</param>
/// <param name="ServiceFee">Guest service fee: a percent of nights + cleaning, rounded half up in minor units.</param>
/// <param name="Total">What the guest pays.</param>
/// <param name="Available">Whether the stay can be booked.</param>
/// <param name="UnavailableReason">Why not (a <see cref="BookingErrorCodes"/> value), or <c>null</c>.</param>
public sealed record QuoteDto(
    int Nights,
    IReadOnlyList<Money> NightlyPrices,
    Money NightsTotal,
    Money CleaningFee,
    Money ServiceFee,
    Money Total,
    bool Available,
    string? UnavailableReason);
