using System.Collections.Concurrent;
using StayHub.Framework.Contracts;
using StayHub.Listings.Contracts;

namespace StayHub.Host.Tests.Booking;

/// <summary>
/// Stands in for the listings module (built in parallel) so booking is tested through HTTP on real PostgreSQL:
/// terms per listing, a flat nightly price with optional per-date overrides.
/// </summary>
public sealed class FakeListings : IListingsModule
{
    private readonly ConcurrentDictionary<Guid, Terms> listings = new();

    public Guid Add(
        Guid hostId,
        bool instantBook = true,
        string policy = CancellationPolicies.Flexible,
        long nightly = 10_000,
        long cleaning = 5_000,
        int maxGuests = 4,
        int minNights = 1,
        int maxNights = 30,
        bool published = true,
        string currency = "USD",
        IReadOnlyDictionary<DateOnly, long>? overrides = null)
    {
        var id = Guid.CreateVersion7();
        listings[id] = new Terms(hostId, instantBook, policy, nightly, cleaning, maxGuests, minNights, maxNights, published, currency, overrides ?? new Dictionary<DateOnly, long>());
        return id;
    }

    public Task<ListingForBooking?> GetForBookingAsync(Guid listingId, DateOnly checkIn, DateOnly checkOut, CancellationToken cancellationToken)
    {
        if (!listings.TryGetValue(listingId, out var t))
        {
            return Task.FromResult<ListingForBooking?>(null);
        }

        var nights = Enumerable.Range(0, Math.Max(0, checkOut.DayNumber - checkIn.DayNumber))
            .Select(i => checkIn.AddDays(i))
            .Select(d => new NightPrice(d, new Money(t.Overrides.TryGetValue(d, out var p) ? p : t.Nightly, t.Currency)))
            .ToList();
        return Task.FromResult<ListingForBooking?>(new ListingForBooking(
            listingId, t.HostId, t.Published, t.Currency, new Money(t.Cleaning, t.Currency), t.MaxGuests, t.MinNights, t.MaxNights,
            t.InstantBook, t.Policy, nights));
    }

    public Task<ListingSummaryInfo?> FindAsync(Guid listingId, CancellationToken cancellationToken) =>
        Task.FromResult(listings.TryGetValue(listingId, out var t) ? new ListingSummaryInfo(listingId, t.HostId, "Test listing", t.Currency) : null);

    public Task<IReadOnlyList<Guid>> ListPublishedIdsOfHostAsync(Guid hostId, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guid>>([.. listings.Where(l => l.Value.HostId == hostId && l.Value.Published).Select(l => l.Key).Order().Take(max)]);

    private sealed record Terms(
        Guid HostId, bool InstantBook, string Policy, long Nightly, long Cleaning, int MaxGuests, int MinNights, int MaxNights,
        bool Published, string Currency, IReadOnlyDictionary<DateOnly, long> Overrides);
}
