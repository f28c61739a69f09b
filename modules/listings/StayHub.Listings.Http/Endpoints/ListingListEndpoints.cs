using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Contracts;
using StayHub.Framework.Http.Security;
using StayHub.Listings.Application.Amenities;
using StayHub.Listings.Application.Listings;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Http.Endpoints;

public static class HostListingEndpoints
{
    public static void MapHostListingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/host/listings", ListAsync)
            .WithTags("Listings")
            .RequirePermission(ListingsPermissions.ListingsManageOwn)
            .WithName("ListMyListings")
            .WithSummary("The caller's listings (published and unpublished, not deleted), newest first, cursor-paged.")
            .Produces<CursorPage<ListingListItemDto>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<CursorPage<ListingListItemDto>>> ListAsync([AsParameters] HostListingQuery query, ListingService listings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await listings.ListMineAsync(query, cancellationToken));
}

public static class AdminListingEndpoints
{
    public static void MapAdminListingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/listings").WithTags("Admin: listings").RequirePermission(ListingsPermissions.ListingsModerate);

        group.MapGet(string.Empty, ListAsync)
            .WithName("AdminListListings")
            .WithSummary("Every listing, newest first, with totalCount; q matches title or city, status is published|unpublished|deleted, hostId one host's.")
            .Produces<CursorPage<ListingListItemDto>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/{id:guid}/publish", PublishAsync)
            .WithName("AdminPublishListing")
            .WithSummary("Publish any listing (idempotent).")
            .Produces<ListingDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/unpublish", UnpublishAsync)
            .WithName("AdminUnpublishListing")
            .WithSummary("Unpublish any listing (idempotent): it leaves search and public detail at once.")
            .Produces<ListingDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<CursorPage<ListingListItemDto>>> ListAsync([AsParameters] AdminListingQuery query, ListingService listings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await listings.ListAllAsync(query, cancellationToken));

    private static async Task<Ok<ListingDto>> PublishAsync(Guid id, ListingService listings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await listings.SetPublishedAsync(id, published: true, asModerator: true, cancellationToken));

    private static async Task<Ok<ListingDto>> UnpublishAsync(Guid id, ListingService listings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await listings.SetPublishedAsync(id, published: false, asModerator: true, cancellationToken));
}

public static class AmenityEndpoints
{
    public static void MapAmenityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/amenities", ListAsync)
            .WithTags("Listings")
            .AllowAnonymous()
            .WithName("ListAmenities")
            .WithSummary("The amenity catalog: {code, name, category}; listings refer to amenities by code.")
            .Produces<IReadOnlyList<AmenityDto>>();
    }

    private static async Task<Ok<IReadOnlyList<AmenityDto>>> ListAsync(AmenityService amenities, CancellationToken cancellationToken) =>
        TypedResults.Ok(await amenities.ListAsync(cancellationToken));
}
