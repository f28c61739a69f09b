using Microsoft.Extensions.Options;
using StayHub.Booking.Contracts;
using StayHub.Framework.Messaging;
using StayHub.Payments.Domain;
using StayHub.Payments.Persistence;

namespace StayHub.Payments.Application;

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
