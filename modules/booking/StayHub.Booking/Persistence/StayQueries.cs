using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;

namespace StayHub.Booking.Persistence;

internal static class StayQueries
{
    /// <summary>Stays holding any night of [from, to): the same condition as the exclusion constraint's WHERE.</summary>
    public static IQueryable<Stay> HeldBetween(this IQueryable<Stay> stays, Guid listingId, DateOnly from, DateOnly to) =>
        stays.Where(s => s.ListingId == listingId
            && (s.Kind == Stay.BlockKind || s.Status == BookingStatuses.Pending || s.Status == BookingStatuses.Confirmed)
            && s.CheckIn < to && s.CheckOut > from);
}
