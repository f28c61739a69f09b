using StayHub.Framework.Messaging;
using StayHub.Notifications.Contracts;
using StayHub.Notifications.Domain;
using StayHub.Notifications.Persistence;
using StayHub.Payments.Contracts;

namespace StayHub.Notifications.Application.Events;

/// <summary>
/// Payments' events → receipts for the guest and payout notices for the host (always sent). The listing comes from
/// the booking snapshot; an event of a booking not seen yet (booking's outbox lagging behind payments') fails and is
/// retried by the dispatcher with backoff, unless the event itself names its recipient.
/// </summary>
internal sealed class PaymentEventsHandler(NotificationsDbContext db, Notifier notifier, BookingFacts facts) :
    IIntegrationEventHandler<PaymentSucceeded>,
    IIntegrationEventHandler<PaymentFailed>,
    IIntegrationEventHandler<PaymentRefunded>,
    IIntegrationEventHandler<PayoutPaid>,
    IIntegrationEventHandler<PayoutFailed>
{
    public Task HandleAsync(PaymentSucceeded e, CancellationToken cancellationToken) =>
        NotifyAsync(e.EventId, e.BookingId, e.PayerId, guestSide: true, NotificationTypes.PaymentSucceeded, e.Amount, cancellationToken);

    public Task HandleAsync(PaymentFailed e, CancellationToken cancellationToken) =>
        NotifyAsync(e.EventId, e.BookingId, e.PayerId, guestSide: true, NotificationTypes.PaymentFailed, e.Amount, cancellationToken);

    public Task HandleAsync(PaymentRefunded e, CancellationToken cancellationToken) =>
        NotifyAsync(e.EventId, e.BookingId, e.PayerId, guestSide: true, NotificationTypes.RefundIssued, e.Amount, cancellationToken);

    public Task HandleAsync(PayoutPaid e, CancellationToken cancellationToken) =>
        NotifyAsync(e.EventId, e.BookingId, e.HostId, guestSide: false, NotificationTypes.PayoutSent, e.Amount, cancellationToken);

    public Task HandleAsync(PayoutFailed e, CancellationToken cancellationToken) =>
        NotifyAsync(e.EventId, e.BookingId, e.HostId, guestSide: false, NotificationTypes.PayoutFailed, e.Amount, cancellationToken);

    private async Task NotifyAsync(Guid eventId, Guid bookingId, Guid? recipient, bool guestSide, string type, Framework.Contracts.Money amount, CancellationToken cancellationToken)
    {
        var snapshot = await db.Bookings.FindAsync([bookingId], cancellationToken);
        var userId = recipient ?? (guestSide ? snapshot?.GuestId : snapshot?.HostId)
            ?? throw new InvalidOperationException($"Booking {bookingId} is not known to notifications yet; the event will be retried.");
        var values = snapshot is null
            ? new Dictionary<string, object>(StringComparer.Ordinal) { ["listing"] = new Localized("listing.fallback") }
            : await facts.ForAsync(snapshot.ListingId, snapshot.GuestId, snapshot.HostId, cancellationToken);
        values["amount"] = amount;
        var link = guestSide ? BookingEventsHandler.Link(bookingId) : "/host/payouts";
        await notifier.NotifyAsync(new(eventId, userId, type, guestSide ? "guest" : "host", NotificationCategories.Receipts, link, values), cancellationToken);
    }
}
