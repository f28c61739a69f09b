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
