using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Payments.Contracts;

/// <summary>A guest's payment attempt failed (declined, invalid method, or the provider never answered); nothing was captured.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="PaymentId">Payment.</param>
/// <param name="BookingId">Booking it was for.</param>
/// <param name="PayerId">The guest.</param>
/// <param name="Amount">Amount that was attempted.</param>
/// <param name="Code">Stable failure code (<c>payment.card_declined</c>…).</param>
[IntegrationEventName("payments.payment_failed.v1")]
public sealed record PaymentFailed(Guid EventId, DateTimeOffset OccurredAt, Guid PaymentId, Guid BookingId, Guid PayerId, Money Amount, string Code) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"stay:{BookingId}";
}
