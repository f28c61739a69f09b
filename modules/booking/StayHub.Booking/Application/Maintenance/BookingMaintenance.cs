using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StayHub.Booking.Application.Bookings;
using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;
using StayHub.Booking.Persistence;

namespace StayHub.Booking.Application.Maintenance;

/// <summary>
/// The work of the scheduled jobs, callable directly (tests move the clock and call these). Each run handles
/// a bounded batch; a row changed concurrently by a guest or host is skipped and picked up by the next run.
/// </summary>
internal sealed class BookingMaintenance(BookingDbContext db, IOptions<BookingOptions> options, TimeProvider clock)
{
    public const int BatchSize = 200;

    /// <summary>Pending bookings past their expiry (unpaid, or unanswered by the host) are cancelled; their dates free up.</summary>
    public async Task<int> ExpirePendingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = await db.Bookings
            .Where(s => s.Status == BookingStatus.Pending && s.ExpiresAt <= now)
            .OrderBy(s => s.ExpiresAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var booking in expired)
        {
            // Nobody chose to cancel: whatever was paid goes back in full.
            booking.Cancel(CancelledBy.System, booking.IsPaid ? "Not answered in time." : "Not paid in time.",
                booking.IsPaid ? booking.Price.Total : 0, now);
            db.Publish(BookingEventsFactory.Cancelled(booking, wasConfirmed: false, now));
            db.Publish(BookingEventsFactory.Released(booking, now));
        }

        await db.SaveStaysAsync(cancellationToken);
        return expired.Count;
    }

    /// <summary>Confirmed bookings whose check-out time has passed become completed.</summary>
    public async Task<int> CompleteFinishedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var candidates = await db.Bookings
            .Where(s => s.Status == BookingStatus.Confirmed && s.CheckOut <= today)
            .OrderBy(s => s.CheckOut)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var finished = candidates.Where(s => options.Value.CheckOutAt(s.CheckOut) <= now).ToList();
        foreach (var booking in finished)
        {
            booking.Complete(now);
            db.Publish(BookingEventsFactory.Completed(booking, now));
        }

        await db.SaveStaysAsync(cancellationToken);
        return finished.Count;
    }
}
