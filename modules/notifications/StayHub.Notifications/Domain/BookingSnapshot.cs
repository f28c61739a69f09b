namespace StayHub.Notifications.Domain;

/// <summary>
/// What notifications knows of a booking, built from booking's events (never its tables): who is on either side,
/// the dates and the listing, for payment notifications and the check-in reminder.
/// </summary>
internal sealed class BookingSnapshot
{
    private BookingSnapshot()
    {
    }

    public Guid BookingId { get; private set; }

    public Guid ListingId { get; private set; }

    public Guid GuestId { get; private set; }

    public Guid HostId { get; private set; }

    public DateOnly CheckIn { get; private set; }

    public DateOnly CheckOut { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public long Total { get; private set; }

    public BookingSnapshotStatus Status { get; private set; } = BookingSnapshotStatus.Pending;

    public DateTimeOffset? ReminderSentAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static BookingSnapshot Create(Guid bookingId, Guid listingId, Guid guestId, Guid hostId, DateOnly checkIn, DateOnly checkOut, string currency, long total, DateTimeOffset now) => new()
    {
        BookingId = bookingId,
        ListingId = listingId,
        GuestId = guestId,
        HostId = hostId,
        CheckIn = checkIn,
        CheckOut = checkOut,
        Currency = currency,
        Total = total,
        UpdatedAt = now,
    };

    /// <summary>Events of one booking may arrive out of order: a final status is never overwritten by an earlier one.</summary>
    public void MoveTo(BookingSnapshotStatus status, DateTimeOffset now)
    {
        if (Status is BookingSnapshotStatus.Cancelled or BookingSnapshotStatus.Completed)
        {
            return;
        }

        Status = status;
        UpdatedAt = now;
    }

    public void MarkReminded(DateTimeOffset now) => ReminderSentAt ??= now;
}
