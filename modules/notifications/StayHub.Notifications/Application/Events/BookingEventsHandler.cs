using StayHub.Booking.Contracts;
using StayHub.Framework.Messaging;
using StayHub.Notifications.Contracts;
using StayHub.Notifications.Domain;
using StayHub.Notifications.Persistence;

namespace StayHub.Notifications.Application.Events;

/// <summary>
/// Booking's events → who hears about them, and the booking snapshot payment notifications and reminders read.
/// Runs inside the inbox transaction: the snapshot, the notifications and their emails commit together, once.
/// </summary>
internal sealed class BookingEventsHandler(NotificationsDbContext db, Notifier notifier, BookingFacts facts, TimeProvider clock) :
    IIntegrationEventHandler<BookingRequested>,
    IIntegrationEventHandler<BookingApproved>,
    IIntegrationEventHandler<BookingConfirmed>,
    IIntegrationEventHandler<BookingCancelled>,
    IIntegrationEventHandler<BookingCompleted>
{
    private const string Guest = "guest";
    private const string Host = "host";

    public async Task HandleAsync(BookingRequested e, CancellationToken cancellationToken)
    {
        var snapshot = await db.Bookings.FindAsync([e.BookingId], cancellationToken);
        if (snapshot is null)
        {
            db.Bookings.Add(BookingSnapshot.Create(e.BookingId, e.ListingId, e.GuestId, e.HostId, e.CheckIn, e.CheckOut, e.Total.Currency, e.Total.Amount, clock.GetUtcNow()));
        }

        var values = await facts.ForAsync(e.ListingId, e.GuestId, e.HostId, cancellationToken);
        values["dates"] = new DateRange(e.CheckIn, e.CheckOut);
        values["total"] = e.Total;
        await notifier.NotifyAsync(new(e.EventId, e.HostId, NotificationTypes.BookingRequested, Host, NotificationCategories.Bookings, Link(e.BookingId), values), cancellationToken);
    }

    public async Task HandleAsync(BookingApproved e, CancellationToken cancellationToken)
    {
        var values = await facts.ForAsync(e.ListingId, e.GuestId, e.HostId, cancellationToken);
        values["dates"] = new DateRange(e.CheckIn, e.CheckOut);
        await notifier.NotifyAsync(new(e.EventId, e.GuestId, NotificationTypes.BookingApproved, Guest, NotificationCategories.Bookings, Link(e.BookingId), values), cancellationToken);
    }

    public async Task HandleAsync(BookingConfirmed e, CancellationToken cancellationToken)
    {
        var snapshot = await db.Bookings.FindAsync([e.BookingId], cancellationToken);
        if (snapshot is null)
        {
            snapshot = BookingSnapshot.Create(e.BookingId, e.ListingId, e.GuestId, e.HostId, e.CheckIn, e.CheckOut, e.Total.Currency, e.Total.Amount, clock.GetUtcNow());
            db.Bookings.Add(snapshot);
        }

        snapshot.MoveTo(BookingSnapshotStatus.Confirmed, clock.GetUtcNow());
        var values = await facts.ForAsync(e.ListingId, e.GuestId, e.HostId, cancellationToken);
        values["dates"] = new DateRange(e.CheckIn, e.CheckOut);
        values["total"] = e.Total;
        await notifier.NotifyAsync(new(e.EventId, e.GuestId, NotificationTypes.BookingConfirmed, Guest, NotificationCategories.Bookings, Link(e.BookingId), values), cancellationToken);
        await notifier.NotifyAsync(new(e.EventId, e.HostId, NotificationTypes.BookingConfirmed, Host, NotificationCategories.Bookings, Link(e.BookingId), values), cancellationToken);
    }

    public async Task HandleAsync(BookingCancelled e, CancellationToken cancellationToken)
    {
        var snapshot = await db.Bookings.FindAsync([e.BookingId], cancellationToken);
        snapshot?.MoveTo(BookingSnapshotStatus.Cancelled, clock.GetUtcNow());
        var values = await facts.ForAsync(e.ListingId, e.GuestId, e.HostId, cancellationToken);
        values["dates"] = snapshot is null ? (object)string.Empty : new DateRange(snapshot.CheckIn, snapshot.CheckOut);
        values["refund"] = e.Refund;
        values["by"] = new Localized("by." + e.CancelledBy);
        var link = Link(e.BookingId);
        if (e.Declined)
        {
            await notifier.NotifyAsync(new(e.EventId, e.GuestId, NotificationTypes.BookingDeclined, Guest, NotificationCategories.Bookings, link, values), cancellationToken);
        }
        else if (e.CancelledBy == CancelledBy.System)
        {
            await notifier.NotifyAsync(new(e.EventId, e.GuestId, NotificationTypes.BookingExpired, Guest, NotificationCategories.Bookings, link, values), cancellationToken);
        }
        else
        {
            await notifier.NotifyAsync(new(e.EventId, e.GuestId, NotificationTypes.BookingCancelled, Guest, NotificationCategories.Bookings, link, values), cancellationToken);
            await notifier.NotifyAsync(new(e.EventId, e.HostId, NotificationTypes.BookingCancelled, Host, NotificationCategories.Bookings, link, values), cancellationToken);
        }
    }

    public async Task HandleAsync(BookingCompleted e, CancellationToken cancellationToken)
    {
        var snapshot = await db.Bookings.FindAsync([e.BookingId], cancellationToken);
        snapshot?.MoveTo(BookingSnapshotStatus.Completed, clock.GetUtcNow());
        var values = await facts.ForAsync(e.ListingId, e.GuestId, e.HostId, cancellationToken);
        values["dates"] = snapshot is null ? (object)string.Empty : new DateRange(snapshot.CheckIn, snapshot.CheckOut);
        var link = $"/bookings/{e.BookingId}/review";
        await notifier.NotifyAsync(new(e.EventId, e.GuestId, NotificationTypes.BookingCompleted, Guest, NotificationCategories.Bookings, link, values), cancellationToken);
        await notifier.NotifyAsync(new(e.EventId, e.HostId, NotificationTypes.BookingCompleted, Host, NotificationCategories.Bookings, link, values), cancellationToken);
    }

    internal static string Link(Guid bookingId) => $"/bookings/{bookingId}";
}
