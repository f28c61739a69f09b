namespace StayHub.Payments.Providers;

internal sealed record ChargeRequest(Guid PaymentId, Guid BookingId, string PaymentMethodId, long Amount, string Currency, string IdempotencyKey);
