using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Contracts;
using StayHub.Listings.Application.Search;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Http.Endpoints;

public static class SearchEndpoints
{
    public static void MapListingSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/listings", SearchAsync)
            .AllowAnonymous()
            .WithTags("Listings")
            .WithName("SearchListings")
            .WithSummary("Search published listings: text, place, radius, box, dates, guests, price, amenities; keyset pages.")
            .ProducesValidationProblem();
    }

    private static async Task<Ok<CursorPage<ListingSummaryDto>>> SearchAsync(
        [AsParameters] ListingSearchQuery query, ListingSearchService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SearchAsync(query, cancellationToken));
}
