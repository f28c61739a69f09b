using StayHub.Framework.Http.Hosting;
using StayHub.Identity.Http;
using StayHub.Listings.Http;

namespace StayHub.ListingsHost;

/// <summary>
/// A host that runs listings without booking or payments (say, a listings-only deployment, or another product reusing
/// the module): the same modules, conventions and endpoints, composed by listing two root modules instead of four.
/// What listings asks of booking is optional: calendars fall back to listings' own projection of booking's events,
/// deleting a listing checks no stays, and blocking nights answers 409 <c>booking.unavailable</c>.
/// </summary>
public sealed class ListingsHostProgram
{
    private ListingsHostProgram()
    {
    }

    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddStayHubModules(typeof(IdentityHttpModule), typeof(ListingsHttpModule));
        var app = builder.Build();
        app.UseStayHub();
        await app.RunAsync();
    }
}
