using StayHub.Booking.Http;
using StayHub.Framework.Http.Hosting;
using StayHub.Framework.Seeding;
using StayHub.Host.AdminConsole;
using StayHub.Identity.Http;
using StayHub.Listings.Http;
using StayHub.Notifications.Http;
using StayHub.Payments.Http;
using StayHub.Reviews.Http;

var builder = WebApplication.CreateBuilder(args);

// The host lists its modules once; their dependencies (framework, core layers) load in order.
builder.AddStayHubModules(
    typeof(IdentityHttpModule),
    typeof(ListingsHttpModule),
    typeof(BookingHttpModule),
    typeof(PaymentsHttpModule),
    typeof(ReviewsHttpModule),
    typeof(NotificationsHttpModule));
builder.Services.AddAdminConsole();

var app = builder.Build();
app.UseStayHub();
app.MapAdminConsole();

if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    // `dotnet StayHub.Host.dll migrate`: apply migrations and seed, then exit (deploy step).
    await app.Services.GetRequiredService<StayHubInitializer>().InitializeAsync(CancellationToken.None);
    return;
}

await app.RunAsync();

/// <summary>Entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
