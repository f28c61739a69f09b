using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace StayHub.Http.Client.Tests.Loopback;

/// <summary>The caller's CancellationToken ends the call at once, without a retry.</summary>
public sealed class CancellationTests : IDisposable
{
    private readonly LoopbackServer server = new();

    [Fact]
    public async Task Cancelling_a_slow_call_throws_OperationCanceled_promptly_and_does_not_retry()
    {
        server.On("/api/probes/*", _ => LoopbackServer.Json(200, new ProbeDto(Guid.Empty, "late", ProbeKind.Plain)), delay: TimeSpan.FromSeconds(10));
        using var client = server.CreateClient();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            client.GetRequiredService<IProbeAppService>().GetProbeAsync(Guid.NewGuid(), cancellation.Token));

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        server.Requests.Count.ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        server.On("/api/probes/*", _ => LoopbackServer.Status(500));
        using var client = server.CreateClient();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            client.GetRequiredService<IProbeAppService>().GetProbeAsync(Guid.NewGuid(), new CancellationToken(canceled: true)));

        server.Requests.ShouldBeEmpty();
    }

    public void Dispose() => server.Dispose();
}
