namespace StayHub.Payments.Domain;

/// <summary>Money given back on a payment; recorded only once the provider has accepted it.</summary>
internal sealed class Refund
{
    public const int ReasonMaxLength = 500;

    private Refund()
    {
    }

    public Guid Id { get; private set; }

    public Guid PaymentId { get; private set; }

    public Guid BookingId { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public long Amount { get; private set; }

    /// <summary>One of <see cref="RefundKinds"/>.</summary>
    public string Kind { get; private set; } = string.Empty;

    public string? Reason { get; private set; }

    public string ProviderRefundId { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public static Refund Record(Guid id, Payment payment, long amount, string kind, string? reason, string providerRefundId, DateTimeOffset now) => new()
    {
        Id = id,
        PaymentId = payment.Id,
        BookingId = payment.BookingId,
        Currency = payment.Currency,
        Amount = amount,
        Kind = kind,
        Reason = reason is { Length: > ReasonMaxLength } ? reason[..ReasonMaxLength] : reason,
        ProviderRefundId = providerRefundId,
        CreatedAt = now,
    };
}
