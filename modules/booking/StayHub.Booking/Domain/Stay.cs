using StayHub.Booking.Contracts;

namespace StayHub.Booking.Domain;

/// <summary>
/// A range of nights a listing is held for: a guest's booking or a host's block. Both live in one table under one
/// exclusion constraint so that PostgreSQL, not application code, decides which of two racing writers gets a night.
/// </summary>
internal sealed class Stay
{
    public const string BookingKind = "booking";
    public const string BlockKind = "block";

    /// <summary>Status of a block row; blocks always hold their nights (the constraint's "kind = 'block'" arm).</summary>
    public const string BlockedStatus = "blocked";

    public const int MessageMaxLength = 2000;
    public const int ReasonMaxLength = 1000;

    private Stay()
    {
    }

    public Guid Id { get; private set; }

    public string Kind { get; private set; } = BookingKind;

    public Guid ListingId { get; private set; }

    public Guid HostId { get; private set; }

    public Guid? GuestId { get; private set; }

    public string Status { get; private set; } = BookingStatuses.Pending;

    public DateOnly CheckIn { get; private set; }

    public DateOnly CheckOut { get; private set; }

    public int Guests { get; private set; }

    public string? Message { get; private set; }

    /// <summary>Snapshot of the price at booking time; never recomputed from the listing's current prices.</summary>
    public PriceBreakdown? Price { get; private set; }

    /// <summary>Snapshot of the cancellation policy in force at booking time.</summary>
    public string? CancellationPolicy { get; private set; }

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

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: two writers changing one booking cannot both win.</summary>
    public uint Version { get; private set; }

    public bool IsBooking => Kind == BookingKind;

    public bool IsPaid => PaidAt is not null;

    public static Stay NewBooking(
        Guid listingId, Guid hostId, Guid guestId, DateOnly checkIn, DateOnly checkOut, int guests, string? message,
        PriceBreakdown price, string cancellationPolicy, bool instantBook, DateTimeOffset now, TimeSpan unpaidTtl) => new()
        {
            Id = Guid.CreateVersion7(now),
            Kind = BookingKind,
            ListingId = listingId,
            HostId = hostId,
            GuestId = guestId,
            Status = BookingStatuses.Pending,
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

    public static Stay NewBlock(Guid listingId, Guid hostId, DateOnly from, DateOnly to, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = BlockKind,
        ListingId = listingId,
        HostId = hostId,
        Status = BlockedStatus,
        CheckIn = from,
        CheckOut = to,
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
        BookingStateMachine.Ensure(Status, BookingStatuses.Confirmed);
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
        BookingStateMachine.Ensure(Status, BookingStatuses.Completed);
        Status = BookingStatuses.Completed;
        CompletedAt = now;
        Touch(now);
    }

    public void Cancel(string by, string? reason, long refund, DateTimeOffset now)
    {
        BookingStateMachine.Ensure(Status, BookingStatuses.Cancelled);
        Status = BookingStatuses.Cancelled;
        CancelledAt = now;
        CancelledBy = by;
        CancellationReason = reason;
        RefundAmount = refund;
        ExpiresAt = null;
        Touch(now);
    }

    /// <summary>Widens a block to cover a neighbouring or overlapping one (merging).</summary>
    public void ExtendBlock(DateOnly from, DateOnly to, DateTimeOffset now)
    {
        CheckIn = from < CheckIn ? from : CheckIn;
        CheckOut = to > CheckOut ? to : CheckOut;
        Touch(now);
    }

    public void TrimBlock(DateOnly from, DateOnly to, DateTimeOffset now)
    {
        CheckIn = from;
        CheckOut = to;
        Touch(now);
    }

    private void Confirm(DateTimeOffset now)
    {
        BookingStateMachine.Ensure(Status, BookingStatuses.Confirmed);
        Status = BookingStatuses.Confirmed;
        ConfirmedAt = now;
        ExpiresAt = null;
    }

    private void Touch(DateTimeOffset now) => UpdatedAt = now;
}
