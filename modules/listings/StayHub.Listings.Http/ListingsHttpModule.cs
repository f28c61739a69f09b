using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Http;
using StayHub.Framework.Http.Application;
using StayHub.Framework.Http.Modularity;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Http;

/// <summary>Listings' application services over HTTP: search, listings, photos, calendar, amenities, the host's and the admin's lists.</summary>
public sealed class ListingsHttpModule : StayHubHttpModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(ListingsModule), typeof(FrameworkHttpModule)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApplicationService<IListingSearchAppService>();
        endpoints.MapApplicationService<IListingAppService>();
        endpoints.MapApplicationService<IListingPhotoAppService>();
        endpoints.MapApplicationService<ICalendarAppService>();
        endpoints.MapApplicationService<IAmenityAppService>();
        endpoints.MapApplicationService<IListingAdminAppService>();
    }
}
