namespace StayHub.Booking.Domain;

/// <summary>A guest's booking of a listing's nights: its price and policy snapshots and its way through the statuses.</summary>
internal sealed class GuestBooking : Stay
{
    public const int MessageMaxLength = 2000;
    public const int ReasonMaxLength = 1000;

    private GuestBooking()
    {
    }

    public Guid GuestId { get; private set; }

    public BookingStatus Status { get; private set; } = BookingStatus.Pending;

    public int Guests { get; private set; }

    public string? Message { get; private set; }

    /// <summary>Snapshot of the price at booking time; never recomputed from the listing's current prices.</summary>
    public PriceBreakdown Price { get; private set; } = null!;

    /// <summary>Snapshot of the cancellation policy in force at booking time.</summary>
    public string CancellationPolicy { get; private set; } = string.Empty;

    public bool InstantBook { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelledBy { get; private set; }

    public string? CancellationReason { get; private set; }

    public long? RefundAmount { get; private set; }

    public bool IsPaid => PaidAt is not null;

    public static GuestBooking New(
        Guid listingId, Guid hostId, Guid guestId, DateOnly checkIn, DateOnly checkOut, int guests, string? message,
        PriceBreakdown price, string cancellationPolicy, bool instantBook, DateTimeOffset now, TimeSpan unpaidTtl) => new()
        {
            Id = Guid.CreateVersion7(now),
            ListingId = listingId,
            HostId = hostId,
            GuestId = guestId,
            Status = BookingStatus.Pending,
            CheckIn = checkIn,
            CheckOut = checkOut,
            Guests = guests,
            Message = message,
            Price = price,
            CancellationPolicy = cancellationPolicy,
            InstantBook = instantBook,
            ApprovedAt = instantBook ? now : null,
            ExpiresAt = now + unpaidTtl,
            CreatedAt = now,
            UpdatedAt = now,
        };

    /// <summary>Host accepts a request. Confirms at once if already paid; otherwise the guest gets a fresh payment window.</summary>
    public void Approve(DateTimeOffset now, TimeSpan unpaidTtl)
    {
        BookingStateMachine.EnsureIsPendingForApproval(Status, ApprovedAt);
        ApprovedAt = now;
        Touch(now);
        if (IsPaid)
        {
            Confirm(now);
        }
        else
        {
            ExpiresAt = now + unpaidTtl;
        }
    }

    /// <summary>Payment succeeded (payments' event). Instant book confirms; request-to-book waits for the host.</summary>
    public void RecordPayment(DateTimeOffset now, TimeSpan requestTtl)
    {
        BookingStateMachine.Ensure(Status, BookingStatus.Confirmed);
        PaidAt ??= now;
        Touch(now);
        if (ApprovedAt is not null)
        {
            Confirm(now);
        }
        else
        {
            ExpiresAt = now + requestTtl;
        }
    }

    public void Complete(DateTimeOffset now)
    {
        BookingStateMachine.Ensure(Status, BookingStatus.Completed);
        Status = BookingStatus.Completed;
        CompletedAt = now;
        Touch(now);
    }

    public void Cancel(string by, string? reason, long refund, DateTimeOffset now)
    {
        BookingStateMachine.Ensure(Status, BookingStatus.Cancelled);
        Status = BookingStatus.Cancelled;
        CancelledAt = now;
        CancelledBy = by;
        CancellationReason = reason;
        RefundAmount = refund;
        ExpiresAt = null;
        Touch(now);
    }

    private void Confirm(DateTimeOffset now)
    {
        BookingStateMachine.Ensure(Status, BookingStatus.Confirmed);
        Status = BookingStatus.Confirmed;
        ConfirmedAt = now;
        ExpiresAt = null;
    }
}
