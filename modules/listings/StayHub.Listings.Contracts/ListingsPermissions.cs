namespace StayHub.Listings.Contracts;

/// <summary>Permission names of the listings module.</summary>
public static class ListingsPermissions
{
    /// <summary>Create listings and manage one's own (hosts).</summary>
    public const string ListingsManageOwn = "Listings.Listing.Create";

    /// <summary>See and moderate every listing: publish, unpublish (admins).</summary>
    public const string ListingsModerate = "Listings.Listing.Moderate";
}

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

/// <summary>Cancellation policies a listing can offer (the booking module computes refunds from them).</summary>
public static class CancellationPolicies
{
    /// <summary>Full refund until 24 h before check-in.</summary>
    public const string Flexible = "flexible";

    /// <summary>Full refund until 5 days before check-in.</summary>
    public const string Moderate = "moderate";

    /// <summary>50 % refund until 7 days before check-in, nothing after.</summary>
    public const string Strict = "strict";

    /// <summary>All policies.</summary>
    public static readonly IReadOnlyList<string> All = [Flexible, Moderate, Strict];
}
