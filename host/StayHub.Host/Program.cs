using StayHub.Booking.Http;
using StayHub.Framework.Http.Hosting;
using StayHub.Framework.Seeding;
using StayHub.Host.AdminConsole;
using StayHub.Identity.Http;
using StayHub.Listings.Http;
using StayHub.Notifications.Http;
using StayHub.Payments.Http;
using StayHub.Reviews.Http;

// No reload of appsettings*.json on change: the watcher behind it adds an inotify watch on every folder under the content
// root, which is the working directory (a checkout: ~1,600 folders, 1.5 s of a 4.6 s start on 2 cores). Settings
// come from the environment in every deployment, and those never reload. Given first, so an operator's
// --hostBuilder:reloadConfigOnChange=true still wins.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);

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
