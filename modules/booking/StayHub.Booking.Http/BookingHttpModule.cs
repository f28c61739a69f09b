using Microsoft.AspNetCore.Routing;
using StayHub.Booking.Http.Endpoints;
using StayHub.Framework.Http;
using StayHub.Framework.Http.Modularity;

namespace StayHub.Booking.Http;

/// <summary>Booking routes: quote, book, approve/decline, cancel, reads, and the admin booking routes.</summary>
public sealed class BookingHttpModule : StayHubHttpModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(BookingModule), typeof(FrameworkHttpModule)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBookingEndpoints();
        endpoints.MapAdminBookingEndpoints();
    }
}
