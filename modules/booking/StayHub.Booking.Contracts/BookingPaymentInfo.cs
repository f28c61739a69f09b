using StayHub.Framework.Contracts;

namespace StayHub.Booking.Contracts;

/// <summary>A booking as payments sees it.</summary>
/// <param name="BookingId">Booking.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="GuestId">The payer.</param>
/// <param name="HostId">The payee.</param>
/// <param name="Status">One of <see cref="BookingStatuses"/>.</param>
/// <param name="IsPaid">Whether booking has recorded a payment.</param>
/// <param name="Total">What the guest pays, in the listing's currency.</param>
/// <param name="ServiceFee">The guest service fee inside <paramref name="Total"/> (platform revenue).</param>
public sealed record BookingPaymentInfo(
    Guid BookingId,
    Guid ListingId,
    Guid GuestId,
    Guid HostId,
    string Status,
    bool IsPaid,
    Money Total,
    Money ServiceFee);
