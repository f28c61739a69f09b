using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Listings.Application.Listings;
using StayHub.Listings.Contracts;
using StayHub.Listings.Domain;
using StayHub.Listings.Persistence;

namespace StayHub.Listings.Application.Calendar;

/// <summary>
/// A listing's days: held nights come from the booking module (the source of truth; host blocks live there
/// with the bookings), prices from the base price and <c>calendar_prices</c> overrides.
/// </summary>
internal sealed class CalendarService(ListingsDbContext db, ListingAccess access, IServiceProvider services, TimeProvider clock)
{
    public async Task<CalendarDto> GetAsync(Guid id, CalendarQuery query, CancellationToken cancellationToken)
    {
        var from = query.From!.Value;
        var to = query.To!.Value;
        var listing = await db.Listings.AsNoTracking()
            .Where(l => l.Id == id && l.DeletedAt == null)
            .Select(l => new { l.HostId, l.Status, l.NightlyPrice, l.Currency })
            .FirstOrDefaultAsync(cancellationToken);
        if (listing is null || !await access.CanSeeAsync(listing.HostId, listing.Status, cancellationToken))
        {
            throw new NotFoundException("The listing");
        }

        var overrides = await CalendarPrices.OverridesAsync(db, id, from, to, cancellationToken);
        var held = await HeldAsync(id, from, to, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var days = new List<CalendarDayDto>(to.DayNumber - from.DayNumber);
        for (var day = from; day < to; day = day.AddDays(1))
        {
            var available = day >= today && !held.Any(r => r.From <= day && day < r.To);
            days.Add(new CalendarDayDto(day, available, new Money(overrides.GetValueOrDefault(day, listing.NightlyPrice), listing.Currency)));
        }

        return new CalendarDto(id, from, to, days);
    }

    /// <summary>
    /// Blocks first (the only step that can be refused, 409 <c>booking.dates_unavailable</c>), then unblocks, then
    /// prices in one transaction. Booking and listings are separate transactions, so a refused block leaves the
    /// earlier blocks of the same request in place.
    /// </summary>
    public async Task UpdateAsync(Guid id, CalendarUpdateRequest request, CancellationToken cancellationToken)
    {
        var listing = await access.LoadOwnedAsync(id, cancellationToken);
        var prices = request.Prices ?? [];
        for (var i = 0; i < prices.Count; i++)
        {
            if (prices[i].Price is { } price && price.Currency != listing.Currency)
            {
                throw RequestValidationException.ForField($"prices[{i}].price.currency", $"Prices must be in the listing's currency ({listing.Currency}).");
            }
        }

        var blocks = request.Blocks ?? [];
        var unblocks = request.Unblocks ?? [];
        if (blocks.Count + unblocks.Count > 0)
        {
            var booking = services.GetService<IBookingModule>()
                ?? throw new StayHubException(ErrorKind.Conflict, "booking.unavailable", "Blocking dates needs the booking module, which this host does not run.");
            foreach (var block in blocks)
            {
                await booking.BlockAsync(id, listing.HostId, block.From!.Value, block.To!.Value, cancellationToken);
            }

            foreach (var unblock in unblocks)
            {
                await booking.UnblockAsync(id, unblock.From!.Value, unblock.To!.Value, cancellationToken);
            }
        }

        if (prices.Count > 0)
        {
            await SetPricesAsync(listing, prices, cancellationToken);
        }
    }

    private async Task SetPricesAsync(Listing listing, IReadOnlyList<PriceRangeDto> prices, CancellationToken cancellationToken)
    {
        var from = prices.Min(p => p.From!.Value);
        var to = prices.Max(p => p.To!.Value);
        var existing = await db.CalendarPrices
            .Where(p => p.ListingId == listing.Id && p.Date >= from && p.Date < to)
            .ToDictionaryAsync(p => p.Date, cancellationToken);
        // Later ranges win where ranges of one request overlap, as if applied one after the other.
        foreach (var range in prices)
        {
            for (var day = range.From!.Value; day < range.To!.Value; day = day.AddDays(1))
            {
                var current = existing.GetValueOrDefault(day);
                if (range.Price is null || range.Price.Amount == listing.NightlyPrice)
                {
                    if (current is not null)
                    {
                        db.CalendarPrices.Remove(current);
                        existing.Remove(day);
                    }
                }
                else if (current is null)
                {
                    var row = new CalendarPrice(listing.Id, day, range.Price.Amount);
                    db.CalendarPrices.Add(row);
                    existing[day] = row;
                }
                else
                {
                    current.Price = range.Price.Amount;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<StayRange>> HeldAsync(Guid id, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (services.GetService<IBookingModule>() is { } booking)
        {
            return await booking.GetUnavailableAsync(id, from, to, cancellationToken);
        }

        // Without the booking module in this host, the projection of its events is the best knowledge there is.
        var rows = await db.Unavailability.AsNoTracking().Where(u => u.ListingId == id).Select(u => u.Period).ToListAsync(cancellationToken);
        return [.. rows.Where(p => p.LowerBound < to && p.UpperBound > from).Select(p => new StayRange(p.LowerBound, p.UpperBound, "booking"))];
    }
}
