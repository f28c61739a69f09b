using Microsoft.AspNetCore.Routing;
using StayHub.Booking.Contracts;
using StayHub.Framework.Http;
using StayHub.Framework.Http.Application;
using StayHub.Framework.Http.Modularity;

namespace StayHub.Booking.Http;

/// <summary>Booking's application services over HTTP: quote, book, approve/decline, cancel, reads, and the admin routes.</summary>
public sealed class BookingHttpModule : StayHubHttpModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(BookingModule), typeof(FrameworkHttpModule)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApplicationService<IBookingAppService>();
        endpoints.MapApplicationService<IBookingAdminAppService>();
    }
}
