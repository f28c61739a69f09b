using StayHub.Framework.Contracts.Events;

namespace StayHub.Booking.Contracts;

/// <summary>Nights of a listing became held (a booking was requested or a host blocked them).</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="StayId">The booking or block id.</param>
/// <param name="From">First night.</param>
/// <param name="To">Day after the last night.</param>
[IntegrationEventName("booking.stay_reserved.v1")]
public sealed record StayReserved(Guid EventId, DateTimeOffset OccurredAt, Guid ListingId, Guid StayId, DateOnly From, DateOnly To) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"stay:{StayId}";
}
