using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Booking.Contracts;

/// <summary>A booking is confirmed (paid and, for request-to-book, approved).</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="GuestId">Guest.</param>
/// <param name="HostId">Host.</param>
/// <param name="CheckIn">Check-in day.</param>
/// <param name="CheckOut">Check-out day.</param>
/// <param name="Total">Amount the guest pays.</param>
/// <param name="ServiceFee">The guest service fee inside <paramref name="Total"/>.</param>
/// <param name="CheckInAt">
/// The check-in instant (UTC; the check-in day at <c>Booking:CheckInTime</c>), from which payouts are timed. Absent
/// only from events written before it was added.
/// </param>
[IntegrationEventName("booking.confirmed.v1")]
public sealed record BookingConfirmed(Guid EventId, DateTimeOffset OccurredAt, Guid BookingId, Guid ListingId, Guid GuestId, Guid HostId, DateOnly CheckIn, DateOnly CheckOut, Money Total, Money ServiceFee, DateTimeOffset? CheckInAt = null) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"stay:{BookingId}";
}
