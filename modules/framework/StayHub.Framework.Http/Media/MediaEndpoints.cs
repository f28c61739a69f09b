using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using StayHub.Framework.Blobs;
using StayHub.Framework.Errors;

namespace StayHub.Framework.Http.Media;

/// <summary>Serves the public blob container (<see cref="PublicMedia"/>) at <c>/media/{name}</c> to anyone.</summary>
public static class MediaEndpoints
{
    /// <summary>
    /// A year, immutable: a public blob's name is random or content-derived and never reused for other bytes,
    /// so a cached copy can never go stale; a replaced photo gets a new URL instead.
    /// </summary>
    public const string CacheControl = "public, max-age=31536000, immutable";

    public static IEndpointConventionBuilder MapMediaEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(PublicMedia.UrlPrefix + "{**name}", ServeAsync)
            .AllowAnonymous()
            .WithTags("Media")
            .WithName("GetMedia")
            .WithSummary("A public file (profile or listing photo). Cached for a year; answers 304 to a matching If-None-Match.")
            .Produces(StatusCodes.Status200OK, contentType: "image/webp")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ServeAsync(string name, IBlobStore blobs, HttpContext context, CancellationToken cancellationToken)
    {
        // A name the store would refuse (traversal, odd characters) simply does not exist here.
        var blob = BlobName.IsValidName(name) ? await blobs.OpenReadAsync(PublicMedia.Container, name, cancellationToken) : null;
        if (blob is null)
        {
            throw new NotFoundException("The file");
        }

        var headers = context.Response.Headers;
        headers.CacheControl = CacheControl;
        // Set by the security-headers middleware too; repeated here because a file must never be sniffed as HTML.
        headers.XContentTypeOptions = "nosniff";
        // The stream result answers If-None-Match / If-Modified-Since with 304 and disposes the stream either way.
        return TypedResults.Stream(
            blob.Content,
            blob.ContentType,
            lastModified: blob.LastModified,
            entityTag: EntityTagHeaderValue.TryParse(blob.ETag, out var tag) ? tag : null);
    }
}
