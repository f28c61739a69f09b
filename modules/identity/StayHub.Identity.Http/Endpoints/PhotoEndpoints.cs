using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using StayHub.Identity.Application.Photos;
using StayHub.Identity.Contracts;
using StayHub.Framework.Http.Uploads;

namespace StayHub.Identity.Http.Endpoints;

public static class PhotoEndpoints
{
    /// <summary>The 5 MB image plus multipart framing; the image's own limit answers 413 <c>media.too_large</c>.</summary>
    public const long MaxBodyBytes = 6 * 1024 * 1024;

    public const string FileField = "file";

    public static void MapPhotoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var photo = endpoints.MapGroup("/api/account/me/photo").WithTags("Account").RequireAuthorization();

        photo.MapPut(string.Empty, UploadAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            // Authenticated by a bearer token, never a cookie, so there is no ambient credential a cross-site form could use.
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadMyPhoto")
            .WithSummary("Set the profile photo: multipart field 'file', JPEG/PNG/WebP by content, at most 5 MB and 40 megapixels. "
                + "Re-encoded to 512 and 128 px WebP without metadata; the previous photo is deleted.")
            .Produces<ProfilePhotoDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        photo.MapDelete(string.Empty, DeleteAsync)
            .WithName("DeleteMyPhoto")
            .WithSummary("Remove the profile photo and delete its files; answers 204 also when there was none.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Ok<ProfilePhotoDto>> UploadAsync(HttpRequest request, ProfilePhotoService photos, CancellationToken cancellationToken)
    {
        await using var content = await MultipartUpload.OpenFileAsync(request, FileField, cancellationToken);
        return TypedResults.Ok(await photos.SetMineAsync(content, cancellationToken));
    }

    private static async Task<NoContent> DeleteAsync(ProfilePhotoService photos, CancellationToken cancellationToken)
    {
        await photos.DeleteMineAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
