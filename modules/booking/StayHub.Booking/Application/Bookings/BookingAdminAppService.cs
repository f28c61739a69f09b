using Microsoft.EntityFrameworkCore;
using StayHub.Booking.Contracts;
using StayHub.Booking.Persistence;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Application.Bookings;

/// <summary>The administrators' side of bookings: every booking, and cancelling any of them.</summary>
internal sealed class BookingAdminAppService(BookingDbContext db, BookingAppService bookings, BookingListService lists) : IBookingAdminAppService
{
    public Task<CursorPage<BookingDto>> ListBookingsAsync(AdminBookingListQuery query, CancellationToken cancellationToken) =>
        lists.ListAllAsync(query, cancellationToken);

    public async Task<BookingDto> CancelBookingAsync(Guid id, CancelBookingRequest? request, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new NotFoundException("Booking");
        return await bookings.CancelAsync(booking, CancelledBy.Admin, request?.Reason, cancellationToken);
    }
}
