using Microsoft.EntityFrameworkCore;
using StayHub.Reviews.Domain;
using StayHub.Reviews.Persistence;

namespace StayHub.Reviews.Application.Eligibility;

/// <summary>
/// Keeps reviews' own copy of the bookings it may be asked about (architecture rule 2: never booking's tables).
/// Requested/confirmed let a review of a not-yet-completed booking answer 409 rather than 404; completed opens the
/// window; cancelled closes the door. The dispatcher saves and commits with the inbox row, so handlers only stage.
/// </summary>
internal sealed class ReviewableStays(ReviewsDbContext db)
{
    public async Task RecordAsync(Guid bookingId, Guid listingId, Guid guestId, Guid hostId, string status, DateTimeOffset at, DateOnly checkIn, DateOnly checkOut, CancellationToken cancellationToken)
    {
        var stay = await db.Stays.SingleOrDefaultAsync(s => s.BookingId == bookingId, cancellationToken);
        if (stay is null)
        {
            stay = new ReviewableStay(bookingId, listingId, guestId, hostId, at);
            db.Stays.Add(stay);
        }

        stay.SetDates(checkIn, checkOut);
        stay.Advance(status, at);
    }
}
