using StayHub.Framework.Contracts.Application;

namespace StayHub.Listings.Contracts;

/// <summary>The photos of a host's own listing (the first is the cover).</summary>
[ApplicationService("api/listings/{id}/photos", Tag = "Listings")]
[Permission(ListingsPermissions.ListingsManageOwn)]
public interface IListingPhotoAppService : IApplicationService
{
    /// <summary>
    /// Add a photo to an own listing (appended; the first is the cover): multipart field 'file', JPEG/PNG/WebP by content,
    /// at most 5 MB and 40 megapixels, re-encoded to 1024 and 256 px WebP without metadata; at most 20 photos.
    /// </summary>
    [Created("/api/listings/{id}", FromRoute = true)]
    [ProducesErrors(404, 409, 413)]
    [ProducesErrorCodes(ListingsErrorCodes.TooManyPhotos, ListingsErrorCodes.ConcurrentChange)]
    Task<ListingPhotoDto> AddListingPhotoAsync(Guid id, [Upload("file", UploadLimits.PhotoRequestBytes)] RemoteStreamContent file, CancellationToken cancellationToken);

    /// <summary>Remove a photo of an own listing and delete its files.</summary>
    [Delete("{photoId}")]
    [ProducesErrors(404)]
    Task DeleteListingPhotoAsync(Guid id, Guid photoId, CancellationToken cancellationToken);
}
