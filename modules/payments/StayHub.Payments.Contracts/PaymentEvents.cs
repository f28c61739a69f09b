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
public sealed record PaymentSucceeded(Guid EventId, DateTimeOffset OccurredAt, Guid PaymentId, Guid BookingId, Money Amount, Guid? PayerId = null) : IIntegrationEvent;

/// <summary>A guest's payment attempt failed (declined, invalid method, or the provider never answered); nothing was captured.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="PaymentId">Payment.</param>
/// <param name="BookingId">Booking it was for.</param>
/// <param name="PayerId">The guest.</param>
/// <param name="Amount">Amount that was attempted.</param>
/// <param name="Code">Stable failure code (<c>payment.card_declined</c>…).</param>
[IntegrationEventName("payments.payment_failed.v1")]
public sealed record PaymentFailed(Guid EventId, DateTimeOffset OccurredAt, Guid PaymentId, Guid BookingId, Guid PayerId, Money Amount, string Code) : IIntegrationEvent;

/// <summary>Money went back to a guest.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="PaymentId">Payment refunded.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="Amount">Amount of this refund.</param>
/// <param name="PayerId">The guest refunded (null in events written before it was added).</param>
[IntegrationEventName("payments.payment_refunded.v1")]
public sealed record PaymentRefunded(Guid EventId, DateTimeOffset OccurredAt, Guid PaymentId, Guid BookingId, Money Amount, Guid? PayerId = null) : IIntegrationEvent;

/// <summary>A host payout was sent.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="PayoutId">Payout.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="HostId">Host paid.</param>
/// <param name="Amount">Amount sent.</param>
[IntegrationEventName("payments.payout_paid.v1")]
public sealed record PayoutPaid(Guid EventId, DateTimeOffset OccurredAt, Guid PayoutId, Guid BookingId, Guid HostId, Money Amount) : IIntegrationEvent;

/// <summary>A host payout could not be sent (the provider refused the transfer) or was reversed after it was sent.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="PayoutId">Payout.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="HostId">Host owed the money.</param>
/// <param name="Amount">Amount of the payout.</param>
/// <param name="Reason">Why, as the provider put it.</param>
[IntegrationEventName("payments.payout_failed.v1")]
public sealed record PayoutFailed(Guid EventId, DateTimeOffset OccurredAt, Guid PayoutId, Guid BookingId, Guid HostId, Money Amount, string? Reason) : IIntegrationEvent;
