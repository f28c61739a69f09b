namespace StayHub.Booking.Domain;

/// <summary>Nights a host keeps off the market. A block always holds its nights (the constraint's "kind = 'block'" arm).</summary>
internal sealed class HostBlock : Stay
{
    /// <summary>The status column's value on block rows (the column is shared with bookings' statuses).</summary>
    public const string BlockedStatus = "blocked";

    private HostBlock()
    {
    }

    /// <summary>Always <see cref="BlockedStatus"/>; mapped so block rows keep filling the shared status column.</summary>
    public string Status { get; private set; } = BlockedStatus;

    public static HostBlock New(Guid listingId, Guid hostId, DateOnly from, DateOnly to, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ListingId = listingId,
        HostId = hostId,
        CheckIn = from,
        CheckOut = to,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Widens the block to cover a neighbouring or overlapping one (merging).</summary>
    public void Extend(DateOnly from, DateOnly to, DateTimeOffset now)
    {
        CheckIn = from < CheckIn ? from : CheckIn;
        CheckOut = to > CheckOut ? to : CheckOut;
        Touch(now);
    }

    public void Trim(DateOnly from, DateOnly to, DateTimeOffset now)
    {
        CheckIn = from;
        CheckOut = to;
        Touch(now);
    }
}
