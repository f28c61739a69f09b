using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StayHub.Booking.Contracts;
using StayHub.Framework.Messaging;
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
