using Microsoft.EntityFrameworkCore;
using StayHub.Listings.Persistence;

namespace StayHub.Listings.Application.Calendar;

internal static class CalendarPrices
{
    /// <summary>Per-date overrides of <c>[from, to)</c>.</summary>
    public static async Task<Dictionary<DateOnly, long>> OverridesAsync(ListingsDbContext db, Guid listingId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await db.CalendarPrices.AsNoTracking()
            .Where(p => p.ListingId == listingId && p.Date >= from && p.Date < to)
            .ToDictionaryAsync(p => p.Date, p => p.Price, cancellationToken);
}
