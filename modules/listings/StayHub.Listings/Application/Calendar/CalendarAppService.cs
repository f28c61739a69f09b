using Microsoft.EntityFrameworkCore;
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
/// <remarks>
/// Booking is an optional dependency (null in a host without the booking module): reads then use listings' own
/// projection of booking's events, and blocking nights is refused with 409 <c>booking.unavailable</c>.
/// </remarks>
internal sealed class CalendarAppService(ListingsDbContext db, ListingAccess access, TimeProvider clock, IBookingModule? bookingModule = null) : ICalendarAppService
{
    public async Task<CalendarDto> GetListingCalendarAsync(Guid id, CalendarQuery query, CancellationToken cancellationToken)
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

        var overrides = await CalendarPrices.OverridesAsync(db, id, listing.Currency, from, to, cancellationToken);
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
    /// All or nothing: the price overrides are written in a listings transaction left open while booking applies
    /// every block and unblock in its own single transaction (blocks are the only step that can be refused, 409
    /// <c>booking.dates_unavailable</c>); the prices commit only once booking has. A refusal therefore leaves
    /// neither blocks nor prices behind. The two modules' transactions are separate, so only a failure of the
    /// listings commit itself, after booking's, could still split them.
    /// </summary>
    public async Task UpdateListingCalendarAsync(Guid id, CalendarUpdateRequest request, CancellationToken cancellationToken)
    {
        var listing = await access.LoadOwnedAsync(id, cancellationToken);
        var prices = request.Prices ?? [];
        for (var i = 0; i < prices.Count; i++)
        {
            if (prices[i].Price is { } price && price.Currency != listing.Currency)
            {
                throw RequestValidationException.ForField($"prices[{i}].price.currency", $"Prices must be in the listing's currency ({listing.Currency}).");
            }

            if (prices[i].Price is { } stepped && !Listings.ListingRequestValidator.InWholeSteps(stepped.Amount, stepped.Currency))
            {
                throw RequestValidationException.ForField($"prices[{i}].price.amount", Listings.ListingRequestValidator.StepMessage);
            }
        }

        var blocks = (request.Blocks ?? []).Select(b => new NightRange(b.From!.Value, b.To!.Value)).ToList();
        var unblocks = (request.Unblocks ?? []).Select(b => new NightRange(b.From!.Value, b.To!.Value)).ToList();
        IBookingModule? booking = null;
        if (blocks.Count + unblocks.Count > 0)
        {
            booking = bookingModule
                ?? throw new StayHubException(ErrorKind.Conflict, BookingErrorCodes.Unavailable, "Blocking dates needs the booking module, which this host does not run.");
        }

        if (prices.Count == 0)
        {
            if (booking is not null)
            {
                await booking.ApplyBlocksAsync(id, listing.HostId, blocks, unblocks, cancellationToken);
            }

            return;
        }

        // The retrying strategy needs the user transaction inside it; a retry redoes booking's step too, which is
        // safe because applying the same blocks and unblocks again leaves the same nights held.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                await SetPricesAsync(listing, prices, ct);
                if (booking is not null)
                {
                    await booking.ApplyBlocksAsync(id, listing.HostId, blocks, unblocks, ct);
                }

                await transaction.CommitAsync(ct);
            }
            catch
            {
                // Rolled back: forget the tracked price rows, or a retry would start from their unsaved state.
                db.ChangeTracker.Clear();
                throw;
            }
        }, cancellationToken);
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
                    var row = new CalendarPrice(listing.Id, day, range.Price.Amount, listing.Currency);
                    db.CalendarPrices.Add(row);
                    existing[day] = row;
                }
                else
                {
                    current.Price = range.Price.Amount;
                    current.Currency = listing.Currency;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<StayRange>> HeldAsync(Guid id, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (bookingModule is { } booking)
        {
            return await booking.GetUnavailableAsync(id, from, to, cancellationToken);
        }

        // Without the booking module in this host, the projection of its events is the best knowledge there is.
        var rows = await db.Unavailability.AsNoTracking().Where(u => u.ListingId == id).Select(u => u.Period).ToListAsync(cancellationToken);
        return [.. rows.Where(p => p.LowerBound < to && p.UpperBound > from).Select(p => new StayRange(p.LowerBound, p.UpperBound, "booking"))];
    }
}
