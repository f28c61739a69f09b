// Books a stay in Lisbon as the demo guest of etc/run.sh, through the StayHub proxies only:
//   dotnet run --project etc/samples/StayHub.Sample -- [baseUrl]      (default http://localhost:5080)
// Exit code 0 once the booking is confirmed; 1 with the server's error code otherwise.
using Microsoft.Extensions.DependencyInjection;
using StayHub.Booking.Contracts;
using StayHub.Http.Client;
using StayHub.Listings.Contracts;
using StayHub.Payments.Contracts;
using StayHub.Sample;

var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://localhost:5080");
var services = new ServiceCollection();
services.AddStayHubClient(o =>
    {
        o.BaseAddress = baseUrl;
        o.Tokens = StayHubTokens.Password("guest@stayhub.local", "Demo-Pass-2026!");
    })
    .AddProxies(typeof(IBookingAppService).Assembly, typeof(IListingSearchAppService).Assembly, typeof(IPaymentAppService).Assembly);
await using var provider = services.BuildServiceProvider();
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(2));

try
{
    var booking = await new BookingWalkthrough(
        provider.GetRequiredService<IListingSearchAppService>(),
        provider.GetRequiredService<IListingAppService>(),
        provider.GetRequiredService<IBookingAppService>(),
        provider.GetRequiredService<IPaymentAppService>(),
        Console.Out).RunAsync(city: "Lisbon", cancellation.Token);
    Console.WriteLine($"Booking {booking.Id}: {booking.Status}");
    return booking.Status == BookingStatuses.Confirmed ? 0 : 1;
}
catch (StayHubRemoteException e)
{
    Console.Error.WriteLine($"StayHub answered {e.Status} {e.Code}: {e.Detail ?? e.Title} (trace {e.TraceId})");
    foreach (var (field, messages) in e.Errors)
    {
        Console.Error.WriteLine($"  {field}: {string.Join(" ", messages)}");
    }

    return 1;
}
catch (Exception e) when (e is HttpRequestException or OperationCanceledException or InvalidOperationException)
{
    Console.Error.WriteLine($"{baseUrl}: {e.Message}");
    return 1;
}
