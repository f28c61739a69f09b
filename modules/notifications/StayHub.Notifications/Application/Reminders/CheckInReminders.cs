using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StayHub.Notifications.Application.Events;
using StayHub.Notifications.Contracts;
using StayHub.Notifications.Domain;
using StayHub.Notifications.Persistence;

namespace StayHub.Notifications.Application.Reminders;

/// <summary>
/// Reminds guests of confirmed stays whose check-in is within <see cref="NotificationsOptions.ReminderLead"/>. One
/// transaction per booking, its snapshot row locked with SKIP LOCKED (another node's run passes it by), and a
/// deterministic event id per booking, so the notification's unique key makes a second reminder impossible.
/// </summary>
internal sealed class CheckInReminders(
    NotificationsDbContext db,
    Notifier notifier,
    BookingFacts facts,
    IOptions<NotificationsOptions> options)
{
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var horizon = DateOnly.FromDateTime((now + settings.ReminderLead).UtcDateTime);
        var candidates = await db.Bookings.AsNoTracking()
            .Where(b => b.Status == BookingSnapshotStatus.Confirmed && b.ReminderSentAt == null && b.CheckIn >= today && b.CheckIn <= horizon)
            // Soonest first, so a backlog larger than one batch reminds the nearest stays first.
            .OrderBy(b => b.CheckIn).ThenBy(b => b.BookingId)
            .Select(b => b.BookingId)
            .Take(500)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var bookingId in candidates)
        {
            if (await RemindAsync(bookingId, now, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private Task<bool> RemindAsync(Guid bookingId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var snapshot = await db.Bookings
                .FromSql($"SELECT * FROM notifications.bookings WHERE booking_id = {bookingId} FOR UPDATE SKIP LOCKED")
                .SingleOrDefaultAsync(ct);
            var checkInAt = snapshot is null ? default : new DateTimeOffset(snapshot.CheckIn.ToDateTime(options.Value.CheckInTime), TimeSpan.Zero);
            if (snapshot is not { Status: BookingSnapshotStatus.Confirmed, ReminderSentAt: null } || checkInAt <= now || checkInAt - now > options.Value.ReminderLead)
            {
                return false;
            }

            var values = await facts.ForAsync(snapshot.ListingId, snapshot.GuestId, snapshot.HostId, ct);
            values["checkIn"] = snapshot.CheckIn;
            await notifier.NotifyAsync(new(EventIdFor(bookingId), snapshot.GuestId, NotificationTypes.CheckInReminder, "guest", NotificationCategories.Bookings,
                BookingEventsHandler.Link(bookingId), values), ct);
            snapshot.MarkReminded(now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }, cancellationToken);

    /// <summary>The same id for every run about one booking: the reminder's stand-in for an event id.</summary>
    internal static Guid EventIdFor(Guid bookingId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("notifications.check_in_reminder:" + bookingId.ToString("N"))).AsSpan(0, 16));
}
