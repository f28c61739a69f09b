namespace StayHub.Listings.Contracts;

/// <summary>Stable error codes of the listings module.</summary>
public static class ListingsErrorCodes
{
    /// <summary>Confirmed future stays exist; the listing cannot be deleted.</summary>
    public const string HasUpcomingBookings = "listing.has_upcoming_bookings";

    /// <summary>The listing was changed by someone else since it was read.</summary>
    public const string ConcurrentChange = "listing.concurrent_change";

    /// <summary>Too many photos on one listing.</summary>
    public const string TooManyPhotos = "listing.too_many_photos";
}
