using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Listings.Contracts;

/// <summary>Every listing of the marketplace, for moderators holding <see cref="ListingsPermissions.ListingsModerate"/>.</summary>
[ApplicationService("api/admin/listings", Tag = "Admin: listings", OperationIdPrefix = "Admin")]
[Permission(ListingsPermissions.ListingsModerate)]
public interface IListingAdminAppService : IApplicationService
{
    /// <summary>Every listing, newest first, with totalCount; q matches title or city, status is published|unpublished|deleted, hostId one host's.</summary>
    Task<CursorPage<ListingListItemDto>> ListListingsAsync(AdminListingQuery query, CancellationToken cancellationToken);

    /// <summary>Publish any listing (idempotent).</summary>
    [ProducesErrors(404)]
    Task<ListingDto> PublishListingAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Unpublish any listing (idempotent): it leaves search and public detail at once.</summary>
    [ProducesErrors(404)]
    Task<ListingDto> UnpublishListingAsync(Guid id, CancellationToken cancellationToken);
}
