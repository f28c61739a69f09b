using StayHub.Framework.Domain;

namespace StayHub.Payments.Domain;

/// <summary>What one booking's payment owes its host, released after check-in.</summary>
internal sealed class Payout
{
    public const int FailureMaxLength = 500;

    private Payout()
    {
    }

    public Guid Id { get; private set; }

    public Guid BookingId { get; private set; }

    public Guid PaymentId { get; private set; }

    public Guid HostId { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public long Amount { get; private set; }

    public long Fees { get; private set; }

    public PayoutStatus Status { get; private set; } = PayoutStatus.Scheduled;

    public DateTimeOffset ReleaseAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public string? ProviderTransferId { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public static Payout Schedule(Payment payment, Settlement settlement, DateTimeOffset releaseAt, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        BookingId = payment.BookingId,
        PaymentId = payment.Id,
        HostId = payment.HostId,
        Currency = payment.Currency,
        Amount = settlement.Payout,
        Fees = settlement.Fees,
        Status = settlement.Payout > 0 ? PayoutStatus.Scheduled : PayoutStatus.Cancelled,
        ReleaseAt = releaseAt,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Refunds changed what the host is owed; nothing left → cancelled.</summary>
    public void Resettle(Settlement settlement, DateTimeOffset now)
    {
        if (Status != PayoutStatus.Scheduled)
        {
            throw new InvalidOperationException($"Payout {Id} is {Status.ToText()}; only scheduled payouts are resettled.");
        }

        Amount = settlement.Payout;
        Fees = settlement.Fees;
        if (Amount == 0)
        {
            Status = PayoutStatus.Cancelled;
        }

        UpdatedAt = now;
    }

    public void MarkPaid(string transferId, DateTimeOffset now)
    {
        Status = PayoutStatus.Paid;
        ProviderTransferId = transferId;
        PaidAt = now;
        FailureReason = null;
        UpdatedAt = now;
    }

    /// <summary>Waiting (e.g. no payout account yet): stays scheduled, with the reason shown to the host.</summary>
    public void Defer(string reason, DateTimeOffset now)
    {
        FailureReason = reason;
        UpdatedAt = now;
    }

    public void MarkFailed(string reason, DateTimeOffset now)
    {
        Status = PayoutStatus.Failed;
        FailureReason = reason is { Length: > FailureMaxLength } ? reason[..FailureMaxLength] : reason;
        UpdatedAt = now;
    }
}
