using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Blobs;
using StayHub.Framework.Errors;
using StayHub.Framework.Imaging;
using StayHub.Listings.Application.Listings;
using StayHub.Listings.Contracts;
using StayHub.Listings.Domain;
using StayHub.Listings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace StayHub.Listings.Application.Photos;

/// <summary>
/// Listing photos: re-encoded renditions in the public media container under
/// <c>listings/{id}/{random}-{size}.webp</c> (never reused, so cacheable forever); rows keep both URLs.
/// </summary>
internal sealed class ListingPhotoAppService(
    ListingsDbContext db,
    ListingAccess access,
    ListingCache cache,
    IBlobStore blobs,
    ImageProcessor images,
    TimeProvider clock,
    ILogger<ListingPhotoAppService> logger) : IListingPhotoAppService
{
    public const int Large = 1024;
    public const int Small = 256;

    private static readonly IReadOnlyList<int> Sizes = [Large, Small];

    public async Task<ListingPhotoDto> AddListingPhotoAsync(Guid id, RemoteStreamContent file, CancellationToken cancellationToken)
    {
        // Ownership and the count are checked before the (costly) decode, and again by the save below.
        var listing = await access.LoadOwnedAsync(id, cancellationToken, withPhotos: true);
        ThrowIfFull(listing);
        var processed = await images.ProcessAsync(file.Stream, ImageLimits.Photo, Sizes, cancellationToken);
        var stem = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var names = Sizes.ToDictionary(s => s, s => string.Create(CultureInfo.InvariantCulture, $"listings/{id:D}/{stem}-{s}.{processed.Extension}"));

        ListingPhoto photo;
        try
        {
            foreach (var variant in processed.Variants)
            {
                using var content = new MemoryStream(variant.Content, writable: false);
                await blobs.PutAsync(PublicMedia.Container, names[variant.Size], content, processed.ContentType, cancellationToken);
            }

            ThrowIfFull(listing);
            photo = listing.AddPhoto(PublicMedia.UrlFor(names[Large]), PublicMedia.UrlFor(names[Small]), clock.GetUtcNow());
            // Its id is set by the domain, so change detection would take it for an existing row: say it is new.
            db.ListingPhotos.Add(photo);
            // The listing row's xmin guards the count: two uploads racing for the 20th slot cannot both win.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            await DeleteQuietlyAsync(names.Values);
            ThrowIfConcurrent(ex);
            throw;
        }

        await cache.EvictAsync(id);
        return new ListingPhotoDto(photo.Id, photo.Position, photo.Url, photo.SmallUrl);
    }

    public async Task DeleteListingPhotoAsync(Guid id, Guid photoId, CancellationToken cancellationToken)
    {
        var listing = await access.LoadOwnedAsync(id, cancellationToken, withPhotos: true);
        var photo = listing.RemovePhoto(photoId, clock.GetUtcNow()) ?? throw new NotFoundException("The photo");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            ThrowIfConcurrent(ex);
            throw;
        }

        await cache.EvictAsync(id);
        var blobNames = new List<string>();
        foreach (var url in new[] { photo.Url, photo.SmallUrl })
        {
            if (PublicMedia.TryGetName(url, out var name) && name.StartsWith($"listings/{id:D}/", StringComparison.Ordinal))
            {
                blobNames.Add(name);
            }
        }

        await DeleteQuietlyAsync(blobNames);
    }

    private static void ThrowIfFull(Listing listing)
    {
        if (listing.Photos.Count >= Listing.MaxPhotos)
        {
            throw new ConflictException(ListingsErrorCodes.TooManyPhotos, $"A listing has at most {Listing.MaxPhotos} photos; delete one first.");
        }
    }

    private static void ThrowIfConcurrent(Exception ex)
    {
        if (ex is DbUpdateConcurrencyException)
        {
            throw new ConflictException(ListingsErrorCodes.ConcurrentChange, "The listing was changed at the same time; try again.");
        }
    }

    private async Task DeleteQuietlyAsync(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            try
            {
                // Not the request's token: a client hanging up must not leave half the cleanup undone.
                await blobs.DeleteAsync(PublicMedia.Container, name, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Could not delete listing photo blob {Name}; it is orphaned", name);
            }
        }
    }
}
