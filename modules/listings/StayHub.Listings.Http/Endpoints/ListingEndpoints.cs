using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Http.Security;
using StayHub.Listings.Application.Listings;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Http.Endpoints;

public static class ListingEndpoints
{
    public static void MapListingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/listings").WithTags("Listings");

        group.MapPost(string.Empty, CreateAsync)
            .RequirePermission(ListingsPermissions.ListingsManageOwn)
            .WithName("CreateListing")
            .WithSummary("Create a listing (published at once). Money fields share one supported currency; amenities come from GET /api/amenities.")
            .Produces<ListingDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{id:guid}", GetAsync)
            .AllowAnonymous()
            .WithName("GetListing")
            .WithSummary("A listing: anyone for published ones; its host and moderators also for unpublished ones (others get 404).")
            .Produces<ListingDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", UpdateAsync)
            .RequirePermission(ListingsPermissions.ListingsManageOwn)
            .WithName("UpdateListing")
            .WithSummary("Replace an own listing's details. Send the detail's 'version' to make it conditional: a stale one gets 409 listing.concurrent_change.")
            .Produces<ListingDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:guid}", DeleteAsync)
            .RequirePermission(ListingsPermissions.ListingsManageOwn)
            .WithName("DeleteListing")
            .WithSummary("Soft-delete an own listing; 409 listing.has_upcoming_bookings while confirmed future stays exist.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/publish", PublishAsync)
            .RequirePermission(ListingsPermissions.ListingsManageOwn)
            .WithName("PublishListing")
            .WithSummary("Publish an own listing (idempotent): it shows in search and to everyone.")
            .Produces<ListingDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/unpublish", UnpublishAsync)
            .RequirePermission(ListingsPermissions.ListingsManageOwn)
            .WithName("UnpublishListing")
            .WithSummary("Unpublish an own listing (idempotent): only its host and moderators see it.")
            .Produces<ListingDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<ListingDto>> CreateAsync(ListingRequest request, ListingService listings, CancellationToken cancellationToken)
    {
        var listing = await listings.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/listings/{listing.Id}", listing);
    }

    private static async Task<Ok<ListingDto>> GetAsync(Guid id, ListingService listings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await listings.GetAsync(id, cancellationToken));

    private static async Task<Ok<ListingDto>> UpdateAsync(Guid id, ListingRequest request, ListingService listings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await listings.UpdateAsync(id, request, cancellationToken));

    private static async Task<NoContent> DeleteAsync(Guid id, ListingService listings, CancellationToken cancellationToken)
    {
        await listings.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ListingDto>> PublishAsync(Guid id, ListingService listings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await listings.SetPublishedAsync(id, published: true, asModerator: false, cancellationToken));

    private static async Task<Ok<ListingDto>> UnpublishAsync(Guid id, ListingService listings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await listings.SetPublishedAsync(id, published: false, asModerator: false, cancellationToken));
}
