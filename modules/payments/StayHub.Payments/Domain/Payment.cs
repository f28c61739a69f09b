namespace StayHub.Payments.Domain;

/// <summary>
/// One attempt to charge a guest for a booking. Status only moves forward (processing → requires_action →
/// succeeded → partially_refunded → refunded, or → failed), except that the provider's word that money was captured
/// wins over a failure we recorded because it did not answer.
/// </summary>
internal sealed class Payment
{
    public const int CodeMaxLength = 64;
    public const int MessageMaxLength = 500;

    private Payment()
    {
    }

    public Guid Id { get; private set; }

    public Guid BookingId { get; private set; }

    public Guid PayerId { get; private set; }

    public Guid HostId { get; private set; }

    public string Provider { get; private set; } = string.Empty;

    public string? ProviderPaymentId { get; private set; }

    public string PaymentMethodId { get; private set; } = string.Empty;

    public string Currency { get; private set; } = string.Empty;

    /// <summary>Amount charged, minor units.</summary>
    public long Amount { get; private set; }

    /// <summary>The platform's guest service fee inside <see cref="Amount"/>, minor units.</summary>
    public long ServiceFee { get; private set; }

    public long Refunded { get; private set; }

    public PaymentStatus Status { get; private set; } = PaymentStatus.Processing;

    public string? FailureCode { get; private set; }

    public string? FailureMessage { get; private set; }

    /// <summary>Booking told us it was cancelled: money captured from now on is owed back in full.</summary>
    public bool BookingCancelled { get; private set; }

    /// <summary>
    /// When what was kept of this payment left escrow (host payout and platform fees posted). Refunds after that are
    /// borne by the platform, since the host has been paid.
    /// </summary>
    public DateTimeOffset? SettledAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: a webhook and a request changing one payment cannot both win.</summary>
    public uint Version { get; private set; }

    public bool IsCaptured => Status is PaymentStatus.Succeeded or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded;

    public bool IsOpen => Status is PaymentStatus.Processing or PaymentStatus.RequiresAction;

    /// <summary>What can still be refunded.</summary>
    public long Refundable => IsCaptured ? Amount - Refunded : 0;

    public static Payment Start(Guid bookingId, Guid payerId, Guid hostId, string provider, string paymentMethodId, string currency, long amount, long serviceFee, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        ArgumentOutOfRangeException.ThrowIfNegative(serviceFee);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serviceFee, amount);
        return new Payment
        {
            Id = Guid.CreateVersion7(now),
            BookingId = bookingId,
            PayerId = payerId,
            HostId = hostId,
            Provider = provider,
            PaymentMethodId = paymentMethodId,
            Currency = currency,
            Amount = amount,
            ServiceFee = serviceFee,
            Status = PaymentStatus.Processing,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public void AttachProviderId(string? providerPaymentId)
    {
        if (providerPaymentId is not null)
        {
            ProviderPaymentId ??= providerPaymentId;
        }
    }

    public bool RequireAction(DateTimeOffset now)
    {
        if (Status != PaymentStatus.Processing)
        {
            return false;
        }

        Status = PaymentStatus.RequiresAction;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Records the capture; <c>false</c> when it was already recorded (a replayed webhook).</summary>
    public bool Capture(DateTimeOffset now)
    {
        if (IsCaptured)
        {
            return false;
        }

        Status = PaymentStatus.Succeeded;
        FailureCode = null;
        FailureMessage = null;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Records a failure; <c>false</c> when the payment is already captured or failed (late or repeated news).</summary>
    public bool Fail(string code, string? message, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return false;
        }

        Status = PaymentStatus.Failed;
        FailureCode = code;
        FailureMessage = message is { Length: > MessageMaxLength } ? message[..MessageMaxLength] : message;
        UpdatedAt = now;
        return true;
    }

    public void RecordRefund(long amount, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        if (amount > Refundable)
        {
            throw new InvalidOperationException($"Refund of {amount} exceeds the refundable {Refundable} of payment {Id}.");
        }

        Refunded += amount;
        Status = Refunded == Amount ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        UpdatedAt = now;
    }

    public void MarkSettled(DateTimeOffset now)
    {
        SettledAt ??= now;
        UpdatedAt = now;
    }

    public void MarkBookingCancelled(DateTimeOffset now)
    {
        BookingCancelled = true;
        UpdatedAt = now;
    }
}
