using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Payments.Contracts;

/// <summary>A host payout was sent.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="PayoutId">Payout.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="HostId">Host paid.</param>
/// <param name="Amount">Amount sent.</param>
[IntegrationEventName("payments.payout_paid.v1")]
public sealed record PayoutPaid(Guid EventId, DateTimeOffset OccurredAt, Guid PayoutId, Guid BookingId, Guid HostId, Money Amount) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"stay:{BookingId}";
}
