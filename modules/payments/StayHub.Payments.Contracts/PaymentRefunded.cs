using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Payments.Contracts;

/// <summary>Money went back to a guest.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="PaymentId">Payment refunded.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="Amount">Amount of this refund.</param>
/// <param name="PayerId">The guest refunded (null in events written before it was added).</param>
[IntegrationEventName("payments.payment_refunded.v1")]
public sealed record PaymentRefunded(Guid EventId, DateTimeOffset OccurredAt, Guid PaymentId, Guid BookingId, Money Amount, Guid? PayerId = null) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"stay:{BookingId}";
}
