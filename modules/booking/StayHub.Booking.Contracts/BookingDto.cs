using StayHub.Framework.Contracts;

namespace StayHub.Booking.Contracts;

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
