using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Booking.Contracts;

/// <summary>A booking was cancelled (by guest, host, admin, or expiry/decline) with the refund its policy allows.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="GuestId">Guest.</param>
/// <param name="HostId">Host.</param>
/// <param name="CancelledBy"><c>guest</c>, <c>host</c>, <c>admin</c> or <c>system</c>.</param>
/// <param name="Reason">Why, as given.</param>
/// <param name="Refund">Amount to refund to the guest (zero when nothing was paid or nothing is due).</param>
/// <param name="WasConfirmed">Whether it had been confirmed.</param>
/// <param name="WasPaid">
/// Whether booking had recorded a payment. When it had not, <paramref name="Refund"/> is zero, and any money payments
/// captured for it anyway (a payment landing as the booking expired) is owed back in full.
/// </param>
/// <param name="Declined">Whether the host declined a request (rather than cancelling); <paramref name="CancelledBy"/> is <c>host</c> then.</param>
[IntegrationEventName("booking.cancelled.v1")]
public sealed record BookingCancelled(Guid EventId, DateTimeOffset OccurredAt, Guid BookingId, Guid ListingId, Guid GuestId, Guid HostId, string CancelledBy, string? Reason, Money Refund, bool WasConfirmed, bool WasPaid = false, bool Declined = false) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"stay:{BookingId}";
}
