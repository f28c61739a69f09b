using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Http;
using StayHub.Framework.Http.Modularity;
using StayHub.Listings.Http.Endpoints;

namespace StayHub.Listings.Http;

/// <summary>The listings routes: listings, photos, calendar, amenities, the host's and the admin's lists.</summary>
public sealed class ListingsHttpModule : StayHubHttpModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(ListingsModule), typeof(FrameworkHttpModule)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapListingSearchEndpoints();
        endpoints.MapListingEndpoints();
        endpoints.MapListingPhotoEndpoints();
        endpoints.MapCalendarEndpoints();
        endpoints.MapAmenityEndpoints();
        endpoints.MapHostListingEndpoints();
        endpoints.MapAdminListingEndpoints();
    }
}
