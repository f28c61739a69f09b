using StayHub.Framework.Contracts;

namespace StayHub.Booking.Contracts;

/// <summary>Ask the price of a stay and whether it can be booked.</summary>
/// <param name="ListingId">Listing.</param>
/// <param name="CheckIn">First night.</param>
/// <param name="CheckOut">Day of departure (exclusive).</param>
/// <param name="Guests">Number of guests.</param>
public sealed record QuoteRequest(Guid ListingId, DateOnly CheckIn, DateOnly CheckOut, int Guests);

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

/// <summary>Request a booking; it starts <c>pending</c> and holds the dates.</summary>
/// <param name="ListingId">Listing.</param>
/// <param name="CheckIn">First night.</param>
/// <param name="CheckOut">Day of departure (exclusive).</param>
/// <param name="Guests">Number of guests.</param>
/// <param name="Message">Note to the host.</param>
public sealed record CreateBookingRequest(Guid ListingId, DateOnly CheckIn, DateOnly CheckOut, int Guests, string? Message);

/// <summary>Cancel a booking.</summary>
/// <param name="Reason">Why, shown to the other party.</param>
public sealed record CancelBookingRequest(string? Reason);

/// <summary>Price snapshot taken when the booking was made.</summary>
/// <param name="Nights">Number of nights.</param>
/// <param name="NightlyPrices">Price of each night.</param>
/// <param name="NightsTotal">Sum of the nightly prices.</param>
/// <param name="CleaningFee">Cleaning fee.</param>
/// <param name="ServiceFee">Guest service fee.</param>
/// <param name="Total">What the guest pays.</param>
public sealed record PriceBreakdownDto(int Nights, IReadOnlyList<Money> NightlyPrices, Money NightsTotal, Money CleaningFee, Money ServiceFee, Money Total);

/// <summary>A booking as its guest, its host or an admin sees it.</summary>
/// <param name="Id">Booking id.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="GuestId">Guest.</param>
/// <param name="HostId">Host of the listing.</param>
/// <param name="Status">One of <see cref="BookingStatuses"/>.</param>
/// <param name="CheckIn">First night.</param>
/// <param name="CheckOut">Day of departure.</param>
/// <param name="Guests">Number of guests.</param>
/// <param name="Message">Guest's note.</param>
/// <param name="Price">Price snapshot.</param>
/// <param name="CancellationPolicy">Policy in force when booked.</param>
/// <param name="InstantBook">Whether payment alone confirms it.</param>
/// <param name="Approved">Whether the host approved it (always true for instant book).</param>
/// <param name="Paid">Whether the guest has paid.</param>
/// <param name="ExpiresAt">When a pending booking lapses, or <c>null</c>.</param>
/// <param name="CreatedAt">When it was requested.</param>
/// <param name="CancelledBy"><c>guest</c>, <c>host</c>, <c>admin</c> or <c>system</c> once cancelled.</param>
/// <param name="CancellationReason">Reason given.</param>
/// <param name="Refund">Refund due on cancellation.</param>
public sealed record BookingDto(
    Guid Id,
    Guid ListingId,
    Guid GuestId,
    Guid HostId,
    string Status,
    DateOnly CheckIn,
    DateOnly CheckOut,
    int Guests,
    string? Message,
    PriceBreakdownDto Price,
    string CancellationPolicy,
    bool InstantBook,
    bool Approved,
    bool Paid,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset CreatedAt,
    string? CancelledBy,
    string? CancellationReason,
    Money? Refund);

/// <summary>Filter of the caller's bookings.</summary>
/// <param name="As"><c>guest</c> (default): bookings I made; <c>host</c>: bookings of my listings.</param>
/// <param name="Status">Only this status.</param>
/// <param name="PageSize">Page size (1..100, default 20).</param>
/// <param name="Cursor">Opaque cursor from the previous page.</param>
public sealed record BookingListQuery(string? As, string? Status, int? PageSize, string? Cursor);

/// <summary>Admin filter of every booking.</summary>
/// <param name="Status">Only this status.</param>
/// <param name="ListingId">Only this listing.</param>
/// <param name="UserId">Only bookings where this user is guest or host.</param>
/// <param name="PageSize">Page size (1..100, default 20).</param>
/// <param name="Cursor">Opaque cursor from the previous page.</param>
public sealed record AdminBookingListQuery(string? Status, Guid? ListingId, Guid? UserId, int? PageSize, string? Cursor);

/// <summary>Booking statuses.</summary>
public static class BookingStatuses
{
    /// <summary>Holds the dates; awaiting payment and, without instant book, host approval.</summary>
    public const string Pending = "pending";

    /// <summary>Paid and accepted.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>The stay is over.</summary>
    public const string Completed = "completed";

    /// <summary>Cancelled, declined or expired; the dates are free.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>All statuses.</summary>
    public static readonly IReadOnlyList<string> All = [Pending, Confirmed, Completed, Cancelled];
}
