using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

/// <summary>Synchronous reads other modules (booking, reviews) may make of the listings module.</summary>
public interface IListingsModule
{
    /// <summary>
    /// What booking needs to quote and accept a stay, with the nightly price of each night of
    /// [<paramref name="checkIn"/>, <paramref name="checkOut"/>) after per-date overrides; <c>null</c> for an
    /// unknown or deleted listing (unpublished listings are returned with <c>Published = false</c>).
    /// </summary>
    Task<ListingForBooking?> GetForBookingAsync(Guid listingId, DateOnly checkIn, DateOnly checkOut, CancellationToken cancellationToken);

    /// <summary>Host and title of a listing, or <c>null</c> (for notifications, reviews, payouts).</summary>
    Task<ListingSummaryInfo?> FindAsync(Guid listingId, CancellationToken cancellationToken);

    /// <summary>Ids of up to <paramref name="max"/> published listings of the host, oldest first (for demo seeding).</summary>
    Task<IReadOnlyList<Guid>> ListPublishedIdsOfHostAsync(Guid hostId, int max, CancellationToken cancellationToken);
}

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

/// <summary>The price of one night.</summary>
/// <param name="Date">The night's date (the check-in day of that night).</param>
/// <param name="Price">Its price.</param>
public sealed record NightPrice(DateOnly Date, Money Price);

/// <summary>Who owns a listing and what it is called.</summary>
/// <param name="ListingId">Listing id.</param>
/// <param name="HostId">Owner's user id.</param>
/// <param name="Title">Title.</param>
/// <param name="Currency">Charge currency.</param>
public sealed record ListingSummaryInfo(Guid ListingId, Guid HostId, string Title, string Currency);
