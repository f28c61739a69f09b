using Microsoft.EntityFrameworkCore;
using StayHub.Booking.Contracts;
using StayHub.Booking.Persistence;
using StayHub.Framework.Contracts;
using StayHub.Framework.Domain;

namespace StayHub.Booking.Application.Payments;

internal sealed class BookingPayments(BookingDbContext db) : IBookingPayments
{
    public async Task<BookingPaymentInfo?> GetForPaymentAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        var s = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == bookingId, cancellationToken);
        if (s is null)
        {
            return null;
        }

        var price = s.Price;
        return new BookingPaymentInfo(
            s.Id, s.ListingId, s.GuestId, s.HostId, s.Status.ToText(), s.IsPaid,
            new Money(price.Total, price.Currency), new Money(price.ServiceFee, price.Currency));
    }
}
