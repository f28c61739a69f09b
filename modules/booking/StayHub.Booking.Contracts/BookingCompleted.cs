using StayHub.Framework.Contracts.Events;

namespace StayHub.Booking.Contracts;

/// <summary>A confirmed stay ended (after check-out); reviews open.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="GuestId">Guest.</param>
/// <param name="HostId">Host.</param>
/// <param name="CheckIn">Check-in day (reviews show the stay's month).</param>
/// <param name="CheckOut">Check-out day (the review window runs from it); <c>default</c> in events written before it was added.</param>
[IntegrationEventName("booking.completed.v1")]
public sealed record BookingCompleted(Guid EventId, DateTimeOffset OccurredAt, Guid BookingId, Guid ListingId, Guid GuestId, Guid HostId, DateOnly CheckIn = default, DateOnly CheckOut = default) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"stay:{BookingId}";
}
