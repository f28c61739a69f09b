using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ClusterScenarios;

/// <summary>
/// A host connected to node B's notification hub receives what a guest caused on node A: a booking made and cancelled
/// through node A notifies the host (booking cancelled), pushed on node B.
/// </summary>
internal sealed class CrossNodeNotificationScenario(ClusterSettings settings, StayHubApi api, Marketplace market)
{
    public async Task<ScenarioReport> RunAsync(CancellationToken ct)
    {
        var report = new ScenarioReport("signalr-cross-node");
        var host = await market.HostAsync(ct);
        var listing = (await market.ListingsAsync(host, 1, ct))[0];
        var guest = (await market.UsersAsync("guest", 1, ct))[0];

        var received = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(settings.NodeB, "/hubs/notifications"), HttpTransportType.WebSockets, o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(host.AccessToken);
                o.SkipNegotiation = true;
            })
            .Build();
        connection.On<JsonElement>("notification", n => received.TrySetResult(n));
        await connection.StartAsync(ct);

        var booking = await api.SendAsync(HttpMethod.Post, settings.NodeA, "/api/bookings", guest.AccessToken, StayHubApi.Json(Marketplace.BookingBody(listing, 50, 2)), cancellationToken: ct);
        report.Check(booking.Status == 201, $"booking on node A: {booking}");
        if (booking.Status != 201)
        {
            return report;
        }

        var id = booking.JsonString("id");
        var clock = Stopwatch.StartNew();
        var cancel = await api.SendAsync(HttpMethod.Post, settings.NodeA, $"/api/bookings/{id}/cancel", guest.AccessToken, StayHubApi.Json(new { reason = "cluster scenario" }), cancellationToken: ct);
        report.Check(cancel.IsSuccess, $"cancellation on node A: {cancel}");
        var first = await Task.WhenAny(received.Task, Task.Delay(TimeSpan.FromSeconds(20), ct));
        if (first != received.Task)
        {
            report.Fail("no notification on node B within 20 s");
            return report;
        }

        var notification = await received.Task;
        var link = notification.TryGetProperty("link", out var l) ? l.GetString() : null;
        report.Figure($"node B pushed '{notification.GetProperty("type").GetString()}' {clock.Elapsed.TotalMilliseconds:F0} ms after the cancellation on node A returned");
        report.Check(link?.Contains(id!, StringComparison.OrdinalIgnoreCase) == true, $"the notification links the booking ({link})");
        return report;
    }
}
