using StayHub.Framework.Contracts;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Application.Listings;

/// <summary>Moderation of listings: the full list and publishing or unpublishing any listing.</summary>
internal sealed class ListingAdminAppService(ListingAppService listings) : IListingAdminAppService
{
    public Task<CursorPage<ListingListItemDto>> ListListingsAsync(AdminListingQuery query, CancellationToken cancellationToken) =>
        listings.ListAllAsync(query, cancellationToken);

    public Task<ListingDto> PublishListingAsync(Guid id, CancellationToken cancellationToken) =>
        listings.SetPublishedAsync(id, published: true, asModerator: true, cancellationToken);

    public Task<ListingDto> UnpublishListingAsync(Guid id, CancellationToken cancellationToken) =>
        listings.SetPublishedAsync(id, published: false, asModerator: true, cancellationToken);
}
