using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Http.Security;
using StayHub.Listings.Application.Photos;
using StayHub.Listings.Contracts;
using StayHub.Framework.Http.Uploads;

namespace StayHub.Listings.Http.Endpoints;

public static class ListingPhotoEndpoints
{
    /// <summary>The 5 MB image plus multipart framing; the image's own limit answers 413 <c>media.too_large</c>.</summary>
    public const long MaxBodyBytes = 6 * 1024 * 1024;

    public const string FileField = "file";

    public static void MapListingPhotoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/listings/{id:guid}/photos").WithTags("Listings")
            .RequirePermission(ListingsPermissions.ListingsManageOwn);

        group.MapPost(string.Empty, AddAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            // Authenticated by a bearer token, never a cookie, so there is no ambient credential a cross-site form could use.
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("AddListingPhoto")
            .WithSummary("Add a photo to an own listing (appended; the first is the cover): multipart field 'file', JPEG/PNG/WebP by content, "
                + "at most 5 MB and 40 megapixels, re-encoded to 1024 and 256 px WebP without metadata; at most 20 photos.")
            .Produces<ListingPhotoDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapDelete("/{photoId:guid}", DeleteAsync)
            .WithName("DeleteListingPhoto")
            .WithSummary("Remove a photo of an own listing and delete its files.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<ListingPhotoDto>> AddAsync(Guid id, HttpRequest request, ListingPhotoService photos, CancellationToken cancellationToken)
    {
        await using var content = await MultipartUpload.OpenFileAsync(request, FileField, cancellationToken);
        var photo = await photos.AddAsync(id, content, cancellationToken);
        return TypedResults.Created($"/api/listings/{id}", photo);
    }

    private static async Task<NoContent> DeleteAsync(Guid id, Guid photoId, ListingPhotoService photos, CancellationToken cancellationToken)
    {
        await photos.DeleteAsync(id, photoId, cancellationToken);
        return TypedResults.NoContent();
    }
}
