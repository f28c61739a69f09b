using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Payments.Contracts;

/// <summary>A guest's payment for a booking was captured. Booking confirms (instant book) or waits for the host.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="PaymentId">Payment.</param>
/// <param name="BookingId">Booking paid for.</param>
/// <param name="Amount">Amount captured.</param>
[IntegrationEventName("payments.payment_succeeded.v1")]
public sealed record PaymentSucceeded(Guid EventId, DateTimeOffset OccurredAt, Guid PaymentId, Guid BookingId, Money Amount) : IIntegrationEvent;

/// <summary>Money went back to a guest.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="PaymentId">Payment refunded.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="Amount">Amount of this refund.</param>
[IntegrationEventName("payments.payment_refunded.v1")]
public sealed record PaymentRefunded(Guid EventId, DateTimeOffset OccurredAt, Guid PaymentId, Guid BookingId, Money Amount) : IIntegrationEvent;

/// <summary>A host payout was sent.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="PayoutId">Payout.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="HostId">Host paid.</param>
/// <param name="Amount">Amount sent.</param>
[IntegrationEventName("payments.payout_paid.v1")]
public sealed record PayoutPaid(Guid EventId, DateTimeOffset OccurredAt, Guid PayoutId, Guid BookingId, Guid HostId, Money Amount) : IIntegrationEvent;
