using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Listings.Contracts;

/// <summary>
/// A host's listings: create, edit, publish, delete and list their own; anyone reads a published listing. Writes need
/// <see cref="ListingsPermissions.ListingsManageOwn"/> (hosts have it); someone else's listing is 404.
/// </summary>
[ApplicationService("api/listings", Tag = "Listings")]
public interface IListingAppService : IApplicationService
{
    /// <summary>Create a listing (published at once). Money fields share one supported currency; amenities come from GET /api/amenities.</summary>
    [Permission(ListingsPermissions.ListingsManageOwn)]
    [Created("/api/listings/{id}")]
    Task<ListingDto> CreateListingAsync(ListingRequest request, CancellationToken cancellationToken);

    /// <summary>A listing: anyone for published ones; its host and moderators also for unpublished ones (others get 404).</summary>
    [Anonymous]
    [ProducesErrors(404)]
    Task<ListingDto> GetListingAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Replace an own listing's details. Send the detail's 'version' to make it conditional: a stale one gets 409 listing.concurrent_change.</summary>
    [Permission(ListingsPermissions.ListingsManageOwn)]
    [ProducesErrors(404, 409)]
    [ProducesErrorCodes(ListingsErrorCodes.ConcurrentChange)]
    Task<ListingDto> UpdateListingAsync(Guid id, ListingRequest request, CancellationToken cancellationToken);

    /// <summary>Soft-delete an own listing; 409 listing.has_upcoming_bookings while confirmed future stays exist.</summary>
    [Permission(ListingsPermissions.ListingsManageOwn)]
    [ProducesErrors(404, 409)]
    [ProducesErrorCodes(ListingsErrorCodes.HasUpcomingBookings)]
    Task DeleteListingAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Publish an own listing (idempotent): it shows in search and to everyone.</summary>
    [Permission(ListingsPermissions.ListingsManageOwn)]
    [ProducesErrors(404)]
    Task<ListingDto> PublishListingAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Unpublish an own listing (idempotent): only its host and moderators see it.</summary>
    [Permission(ListingsPermissions.ListingsManageOwn)]
    [ProducesErrors(404)]
    Task<ListingDto> UnpublishListingAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The caller's listings (published and unpublished, not deleted), newest first, cursor-paged.</summary>
    [Permission(ListingsPermissions.ListingsManageOwn)]
    [Get("/api/host/listings")]
    Task<CursorPage<ListingListItemDto>> ListMyListingsAsync(HostListingQuery query, CancellationToken cancellationToken);
}
