using StayHub.Booking.Contracts;

namespace StayHub.Reviews.Domain;

/// <summary>
/// What reviews knows of a booking, learned from booking's integration events (never from its tables): who may
/// review it, whether it is completed, and when its review window closes.
/// </summary>
internal sealed class ReviewableStay
{
    private ReviewableStay()
    {
    }

    public ReviewableStay(Guid bookingId, Guid listingId, Guid guestId, Guid hostId, DateTimeOffset now)
    {
        BookingId = bookingId;
        ListingId = listingId;
        GuestId = guestId;
        HostId = hostId;
        Status = BookingStatuses.Pending;
        UpdatedAt = now;
    }

    public Guid BookingId { get; private set; }

    public Guid ListingId { get; private set; }

    public Guid GuestId { get; private set; }

    public Guid HostId { get; private set; }

    public DateOnly? CheckIn { get; private set; }

    public DateOnly? CheckOut { get; private set; }

    /// <summary>One of <see cref="BookingStatuses"/>.</summary>
    public string Status { get; private set; } = BookingStatuses.Pending;

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsCompleted => Status == BookingStatuses.Completed;

    public bool IsParty(Guid userId) => userId == GuestId || userId == HostId;

    public void SetDates(DateOnly checkIn, DateOnly checkOut)
    {
        // Events written before booking carried the dates have default values: keep what is known.
        if (checkIn != default)
        {
            CheckIn = checkIn;
        }

        if (checkOut != default)
        {
            CheckOut = checkOut;
        }
    }

    /// <summary>
    /// Moves forward only (pending → confirmed → completed, or → cancelled): events may arrive out of order or twice,
    /// and a late <c>BookingConfirmed</c> must not reopen a completed or cancelled booking.
    /// </summary>
    public void Advance(string status, DateTimeOffset at)
    {
        if (Rank(status) <= Rank(Status))
        {
            return;
        }

        Status = status;
        UpdatedAt = at;
        if (status == BookingStatuses.Completed)
        {
            CompletedAt = at;
        }
    }

    /// <summary>
    /// The end of the review window: <paramref name="window"/> after the start (UTC) of the check-out day, or after
    /// completion when the check-out day is unknown; <c>null</c> while the booking is not completed.
    /// </summary>
    public DateTimeOffset? WindowEndsAt(TimeSpan window)
    {
        if (!IsCompleted)
        {
            return null;
        }

        var start = CheckOut is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : CompletedAt!.Value;
        return start + window;
    }

    private static int Rank(string status) => status switch
    {
        BookingStatuses.Pending => 0,
        BookingStatuses.Confirmed => 1,
        _ => 2,
    };
}
