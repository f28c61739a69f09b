using StayHub.Framework.Contracts.Events;

namespace StayHub.Booking.Contracts;

/// <summary>Nights held by a stay are free again (booking cancelled, declined or expired; block removed).</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="StayId">The booking or block id.</param>
[IntegrationEventName("booking.stay_released.v1")]
public sealed record StayReleased(Guid EventId, DateTimeOffset OccurredAt, Guid ListingId, Guid StayId) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"stay:{StayId}";
}
