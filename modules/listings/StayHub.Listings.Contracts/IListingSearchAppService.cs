using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Listings.Contracts;

/// <summary>Finding a place to stay: the public search over published listings.</summary>
[ApplicationService("api/listings", Tag = "Listings")]
[Anonymous]
public interface IListingSearchAppService : IApplicationService
{
    /// <summary>Search published listings: text, place, radius, box, dates, guests, price, amenities; keyset pages.</summary>
    Task<CursorPage<ListingSummaryDto>> SearchListingsAsync(ListingSearchQuery query, CancellationToken cancellationToken);
}
