namespace StayHub.Payments.Providers;

internal sealed record ProviderRefundRequest(string ProviderPaymentId, long Amount, string Currency, string IdempotencyKey, Guid PaymentId);
