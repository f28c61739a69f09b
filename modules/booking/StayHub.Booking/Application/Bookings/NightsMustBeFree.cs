using Microsoft.EntityFrameworkCore;
using StayHub.Booking.Contracts;
using StayHub.Booking.Domain.StayRules;
using StayHub.Booking.Persistence;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Application.Bookings;

/// <summary>
/// No requested night is held by a booking or a block. Only quotes ask it: a booking's INSERT meets the exclusion
/// constraint, whose 23P01 is the same 409, so asking first would repeat the constraint's work with a round trip.
/// </summary>
internal sealed class NightsMustBeFree(BookingDbContext db)
    : StayRule(BookingErrorCodes.DatesUnavailable, ErrorKind.Conflict, "Some of these nights are not available.")
{
    public override async ValueTask<bool> IsBrokenByAsync(StayRequest request, CancellationToken cancellationToken) =>
        await db.Stays.AsNoTracking().HeldBetween(request.Listing.ListingId, request.CheckIn, request.CheckOut).AnyAsync(cancellationToken);
}
