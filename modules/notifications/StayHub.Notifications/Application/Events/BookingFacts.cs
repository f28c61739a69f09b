using StayHub.Listings.Contracts;

namespace StayHub.Notifications.Application.Events;

/// <summary>Names that make a notification readable: the listing's title and the people on either side.</summary>
internal sealed class BookingFacts(IListingsModule listings, PeopleLookup people)
{
    public async Task<Dictionary<string, object>> ForAsync(Guid listingId, Guid guestId, Guid hostId, CancellationToken cancellationToken)
    {
        var listing = await listings.FindAsync(listingId, cancellationToken);
        var guest = await people.FindUserAsync(guestId, cancellationToken);
        var host = await people.FindUserAsync(hostId, cancellationToken);
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["listing"] = listing is null ? new Localized("listing.fallback") : listing.Title,
            ["guest"] = guest?.DisplayName ?? string.Empty,
            ["host"] = host?.DisplayName ?? string.Empty,
        };
    }
}
