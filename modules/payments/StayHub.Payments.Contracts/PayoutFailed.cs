using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Payments.Contracts;

/// <summary>A host payout could not be sent (the provider refused the transfer) or was reversed after it was sent.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="PayoutId">Payout.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="HostId">Host owed the money.</param>
/// <param name="Amount">Amount of the payout.</param>
/// <param name="Reason">Why, as the provider put it.</param>
[IntegrationEventName("payments.payout_failed.v1")]
public sealed record PayoutFailed(Guid EventId, DateTimeOffset OccurredAt, Guid PayoutId, Guid BookingId, Guid HostId, Money Amount, string? Reason) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"stay:{BookingId}";
}
