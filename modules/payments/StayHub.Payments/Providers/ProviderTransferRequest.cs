namespace StayHub.Payments.Providers;

internal sealed record ProviderTransferRequest(string DestinationAccountId, long Amount, string Currency, Guid BookingId, Guid PayoutId, string IdempotencyKey);
