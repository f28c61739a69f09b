using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Contracts;
using StayHub.Listings.Application.Calendar;
using StayHub.Listings.Contracts;
using StayHub.Listings.Domain;
using StayHub.Listings.Persistence;

namespace StayHub.Listings.Application;

/// <summary>The listings module's read surface for other modules; always read from the database (booking quotes money).</summary>
internal sealed class ListingsModuleApi(ListingsDbContext db) : IListingsModule
{
    public async Task<ListingForBooking?> GetForBookingAsync(Guid listingId, DateOnly checkIn, DateOnly checkOut, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking()
            .Where(l => l.Id == listingId && l.DeletedAt == null)
            .Select(l => new
            {
                l.Id, l.HostId, l.Status, l.Currency, l.CleaningFee, l.NightlyPrice, l.MaxGuests, l.MinNights, l.MaxNights,
                l.InstantBook, l.CancellationPolicy,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (listing is null)
        {
            return null;
        }

        var nights = new List<NightPrice>();
        if (checkOut > checkIn)
        {
            var overrides = await CalendarPrices.OverridesAsync(db, listingId, listing.Currency, checkIn, checkOut, cancellationToken);
            for (var night = checkIn; night < checkOut; night = night.AddDays(1))
            {
                nights.Add(new NightPrice(night, new Money(overrides.GetValueOrDefault(night, listing.NightlyPrice), listing.Currency)));
            }
        }

        return new ListingForBooking(
            listing.Id,
            listing.HostId,
            listing.Status == ListingStatus.Published,
            listing.Currency,
            new Money(listing.CleaningFee, listing.Currency),
            listing.MaxGuests,
            listing.MinNights,
            listing.MaxNights,
            listing.InstantBook,
            listing.CancellationPolicy,
            nights);
    }

    public async Task<ListingSummaryInfo?> FindAsync(Guid listingId, CancellationToken cancellationToken) =>
        // Deleted listings are still named: past bookings, reviews and payouts refer to them.
        await db.Listings.AsNoTracking()
            .Where(l => l.Id == listingId)
            .Select(l => new ListingSummaryInfo(l.Id, l.HostId, l.Title, l.Currency))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> ListPublishedIdsOfHostAsync(Guid hostId, int max, CancellationToken cancellationToken) =>
        await db.Listings.AsNoTracking()
            .Where(l => l.HostId == hostId && l.DeletedAt == null && l.Status == ListingStatus.Published)
            .OrderBy(l => l.Id)
            .Take(max)
            .Select(l => l.Id)
            .ToListAsync(cancellationToken);
}
