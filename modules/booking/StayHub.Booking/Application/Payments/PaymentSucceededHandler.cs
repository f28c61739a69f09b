using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StayHub.Booking.Application.Bookings;
using StayHub.Booking.Domain;
using StayHub.Booking.Persistence;
using StayHub.Framework.Domain;
using StayHub.Framework.Messaging;
using StayHub.Payments.Contracts;

namespace StayHub.Booking.Application.Payments;

/// <summary>
/// A captured payment confirms an instant-book booking (or an approved request) and, for a request still waiting on
/// the host, starts the host's answer window. A payment landing on a booking that is no longer pending changes
/// nothing here: the cancellation event tells payments it was never honoured, and payments refunds it.
/// </summary>
internal sealed partial class PaymentSucceededHandler(
    BookingDbContext db,
    BookingAppService bookings,
    ILogger<PaymentSucceededHandler> logger) : IIntegrationEventHandler<PaymentSucceeded>
{
    public async Task HandleAsync(PaymentSucceeded integrationEvent, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.SingleOrDefaultAsync(s => s.Id == integrationEvent.BookingId, cancellationToken);
        if (booking is null || booking.Status != BookingStatus.Pending || booking.IsPaid)
        {
            LogIgnored(integrationEvent.PaymentId, integrationEvent.BookingId, booking?.Status.ToText() ?? "missing");
            return;
        }

        await bookings.RecordPaymentAsync(booking, cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "Payment {PaymentId} for booking {BookingId} arrived while the booking is {Status}; payments refunds it.")]
    private partial void LogIgnored(Guid paymentId, Guid bookingId, string status);
}
