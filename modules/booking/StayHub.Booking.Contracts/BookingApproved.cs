using StayHub.Framework.Contracts.Events;

namespace StayHub.Booking.Contracts;

/// <summary>The host approved a request-to-book booking (it confirms once it is paid as well).</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="GuestId">Guest.</param>
/// <param name="HostId">Host.</param>
/// <param name="CheckIn">Check-in day.</param>
/// <param name="CheckOut">Check-out day.</param>
/// <param name="IsPaid">Whether it was already paid (then a <see cref="BookingConfirmed"/> follows in the same transaction).</param>
[IntegrationEventName("booking.approved.v1")]
public sealed record BookingApproved(Guid EventId, DateTimeOffset OccurredAt, Guid BookingId, Guid ListingId, Guid GuestId, Guid HostId, DateOnly CheckIn, DateOnly CheckOut, bool IsPaid) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"stay:{BookingId}";
}
