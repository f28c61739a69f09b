namespace StayHub.Booking.Contracts;

/// <summary>
/// Synchronous calls other modules may make of booking. Host blocks live in booking's stays table with the
/// bookings, under the same exclusion constraint, so a block and a booking can never both win a night.
/// </summary>
public interface IBookingModule
{
    /// <summary>Nights of [<paramref name="from"/>, <paramref name="to"/>) held by pending/confirmed bookings or host blocks.</summary>
    Task<IReadOnlyList<StayRange>> GetUnavailableAsync(Guid listingId, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>
    /// Applies every block, then every unblock, in one transaction: all or nothing. A block merges with adjacent or
    /// overlapping blocks; an unblock removes block nights only (bookings are untouched). Throws a 409
    /// <c>booking.dates_unavailable</c> error, with nothing written, when a booking holds a night of any block.
    /// </summary>
    Task ApplyBlocksAsync(Guid listingId, Guid hostId, IReadOnlyList<NightRange> blocks, IReadOnlyList<NightRange> unblocks, CancellationToken cancellationToken);

    /// <summary>Whether confirmed stays of the listing end after <paramref name="today"/> (deleting it is refused then).</summary>
    Task<bool> HasUpcomingStaysAsync(Guid listingId, DateOnly today, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="guestId"/> has a confirmed or completed booking of the listing (they may see its exact address).</summary>
    Task<bool> HasConfirmedStayAsync(Guid listingId, Guid guestId, CancellationToken cancellationToken);
}
