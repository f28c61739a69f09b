using StayHub.Booking.Domain;

namespace StayHub.Booking.Persistence;

internal static class StayQueries
{
    /// <summary>Stays holding any night of [from, to): the same condition as the exclusion constraint's WHERE.</summary>
    public static IQueryable<Stay> HeldBetween(this IQueryable<Stay> stays, Guid listingId, DateOnly from, DateOnly to) =>
        stays.Where(s => s.ListingId == listingId
            && (s is HostBlock || ((GuestBooking)s).Status == BookingStatus.Pending || ((GuestBooking)s).Status == BookingStatus.Confirmed)
            && s.CheckIn < to && s.CheckOut > from);
}
