namespace StayHub.Booking.Contracts;

/// <summary>Stable error codes of the booking module.</summary>
public static class BookingErrorCodes
{
    /// <summary>Some requested night is already held by a booking or a host block.</summary>
    public const string DatesUnavailable = "booking.dates_unavailable";

    /// <summary>The booking's status does not allow this change.</summary>
    public const string InvalidTransition = "booking.invalid_transition";

    /// <summary>The listing is unknown, deleted or not published.</summary>
    public const string ListingUnavailable = "booking.listing_unavailable";

    /// <summary>Hosts cannot book their own listing.</summary>
    public const string OwnListing = "booking.own_listing";

    /// <summary>Fewer nights than the listing's minimum.</summary>
    public const string TooFewNights = "booking.too_few_nights";

    /// <summary>More nights than the listing's maximum.</summary>
    public const string TooManyNights = "booking.too_many_nights";

    /// <summary>More guests than the listing holds.</summary>
    public const string TooManyGuests = "booking.too_many_guests";

    /// <summary>Check-in is in the past.</summary>
    public const string InThePast = "booking.in_the_past";

    /// <summary>Check-in is beyond the booking horizon (<c>Booking__MaxAdvance</c>, 730 days by default).</summary>
    public const string TooFarAhead = "booking.too_far_ahead";

    /// <summary>This host does not run the booking module (a listings-only host), so nights cannot be blocked.</summary>
    public const string Unavailable = "booking.unavailable";

    /// <summary>The booking changed concurrently; retry.</summary>
    public const string ConcurrentChange = "booking.concurrent_change";
}
