using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

/// <summary>A listing's booking terms and the price of each requested night.</summary>
/// <param name="ListingId">Listing id.</param>
/// <param name="HostId">Owner's user id.</param>
/// <param name="Published">Whether guests can book it now.</param>
/// <param name="Currency">Charge currency (ISO 4217).</param>
/// <param name="CleaningFee">Cleaning fee per stay.</param>
/// <param name="MaxGuests">Guest capacity.</param>
/// <param name="MinNights">Shortest stay.</param>
/// <param name="MaxNights">Longest stay.</param>
/// <param name="InstantBook">Confirms on payment, without host approval.</param>
/// <param name="CancellationPolicy">One of <see cref="CancellationPolicies"/>.</param>
/// <param name="Nights">Price per night, in date order.</param>
public sealed record ListingForBooking(
    Guid ListingId,
    Guid HostId,
    bool Published,
    string Currency,
    Money CleaningFee,
    int MaxGuests,
    int MinNights,
    int MaxNights,
    bool InstantBook,
    string CancellationPolicy,
    IReadOnlyList<NightPrice> Nights);
