using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Payments.Contracts;

/// <summary>A guest's payment for a booking was captured. Booking confirms (instant book) or waits for the host.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="PaymentId">Payment.</param>
/// <param name="BookingId">Booking paid for.</param>
/// <param name="Amount">Amount captured.</param>
/// <param name="PayerId">The guest who paid (null in events written before it was added).</param>
[IntegrationEventName("payments.payment_succeeded.v1")]
public sealed record PaymentSucceeded(Guid EventId, DateTimeOffset OccurredAt, Guid PaymentId, Guid BookingId, Money Amount, Guid? PayerId = null) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"stay:{BookingId}";
}
