using Microsoft.EntityFrameworkCore;
using StayHub.Listings.Persistence;

namespace StayHub.Listings.Application.Calendar;

internal static class CalendarPrices
{
    /// <summary>Per-date overrides of <c>[from, to)</c> set in <paramref name="currency"/> (the listing's); others no longer apply.</summary>
    public static async Task<Dictionary<DateOnly, long>> OverridesAsync(ListingsDbContext db, Guid listingId, string currency, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await db.CalendarPrices.AsNoTracking()
            .Where(p => p.ListingId == listingId && p.Currency == currency && p.Date >= from && p.Date < to)
            .ToDictionaryAsync(p => p.Date, p => p.Price, cancellationToken);
}
