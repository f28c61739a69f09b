using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StayHub.Booking.Contracts;
using StayHub.Framework.Messaging;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;
using StayHub.Payments.Persistence;

namespace StayHub.Payments.Application;

/// <summary>
/// A confirmed booking schedules its host's payout, released <c>Payments:PayoutDelay</c> after check-in. The event
/// carries the check-in instant, so nothing is asked of booking.
/// </summary>
internal sealed partial class BookingConfirmedHandler(
    PaymentsDbContext db,
    MoneyMovements money,
    IOptions<PaymentsOptions> options,
    ILogger<BookingConfirmedHandler> logger) : IIntegrationEventHandler<BookingConfirmed>
{
    public async Task HandleAsync(BookingConfirmed integrationEvent, CancellationToken cancellationToken)
    {
        var payments = await db.LockForBookingAsync(integrationEvent.BookingId, cancellationToken);
        var payment = payments.FirstOrDefault(p => p.Status is PaymentStatus.Succeeded or PaymentStatus.PartiallyRefunded);
        if (payment is null)
        {
            LogNothingToPayOut(integrationEvent.BookingId);
            return;
        }

        // An event written before it carried the instant: the end of the check-in day is never earlier than check-in,
        // so such a payout is released late rather than early.
        var checkInAt = integrationEvent.CheckInAt
            ?? new DateTimeOffset(integrationEvent.CheckIn.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        await money.SchedulePayoutAsync(payment, checkInAt + options.Value.PayoutDelay, cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "Booking {BookingId} was confirmed without a captured payment; no payout scheduled.")]
    private partial void LogNothingToPayOut(Guid bookingId);
}

/// <summary>
/// A cancelled booking refunds what its policy allows (or everything, if booking never knew of the payment), and
/// settles what is kept: the host's share of it is paid out at once, the rest is platform fees.
/// </summary>
internal sealed class BookingCancelledHandler(PaymentsDbContext db, MoneyMovements money, TimeProvider clock)
    : IIntegrationEventHandler<BookingCancelled>
{
    public async Task HandleAsync(BookingCancelled integrationEvent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var payments = await db.LockForBookingAsync(integrationEvent.BookingId, cancellationToken);
        foreach (var payment in payments)
        {
            payment.MarkBookingCancelled(now);
            if (payment.Refundable == 0)
            {
                continue;
            }

            // Booking's refund is for the payment it recorded; money it never knew about goes back in full.
            var honoured = integrationEvent.WasPaid;
            var amount = honoured ? Math.Min(integrationEvent.Refund.Amount, payment.Refundable) : payment.Refundable;
            if (amount > 0)
            {
                await money.RefundAsync(payment, amount, honoured ? RefundKinds.Cancellation : RefundKinds.Unhonoured,
                    integrationEvent.Reason ?? $"Booking cancelled by {integrationEvent.CancelledBy}.", $"refund:cancel:{payment.Id}", cancellationToken);
            }

            // Nothing will be stayed: what is kept settles now (the scheduled payout, if any, was resettled by the refund).
            if (payment.SettledAt is null)
            {
                await money.SchedulePayoutAsync(payment, now, cancellationToken);
            }
        }
    }
}
