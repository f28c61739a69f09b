using Microsoft.Extensions.DependencyInjection;

namespace StayHub.Http.Client.Tests.Loopback;

/// <summary>Transient failures: which calls are retried, and that a retried idempotent call keeps its key.</summary>
public sealed class RetryAndIdempotencyTests : IDisposable
{
    private readonly LoopbackServer server = new();

    [Fact]
    public async Task An_idempotent_call_retried_after_503_sends_the_same_key_and_the_next_call_a_new_one()
    {
        var attempts = 0;
        server.On("/api/probes", _ => Interlocked.Increment(ref attempts) % 2 == 1
            ? LoopbackServer.Problem(503, "unavailable")
            : LoopbackServer.Json(201, new ProbeDto(Guid.NewGuid(), "n", ProbeKind.Plain)));
        using var client = server.CreateClient();
        var probes = client.GetRequiredService<IProbeAppService>();
        var input = new ProbeInput("n", new DateOnly(2027, 1, 1), ProbeKind.Plain, null);

        await probes.CreateProbeAsync(input, CancellationToken.None);
        await probes.CreateProbeAsync(input, CancellationToken.None);

        var keys = server.Requests.Select(r => LoopbackServer.Header(r, "Idempotency-Key")).ToList();
        keys.Count.ShouldBe(4, "each call: one 503, one retry that succeeds");
        keys.ShouldAllBe(k => !string.IsNullOrEmpty(k));
        keys[1].ShouldBe(keys[0], "a retry is the same logical call");
        keys[3].ShouldBe(keys[2]);
        keys[2].ShouldNotBe(keys[0], "a new call is a new operation");
        server.Requests[1].Body.ShouldBe(server.Requests[0].Body);
    }

    [Fact]
    public async Task A_non_idempotent_post_is_never_sent_twice()
    {
        server.On("/api/probes/*/send", _ => LoopbackServer.Problem(503, "unavailable"));
        using var client = server.CreateClient();

        var error = await Should.ThrowAsync<StayHubRemoteException>(() => client.GetRequiredService<IProbeAppService>()
            .SendProbeAsync(Guid.NewGuid(), new ProbeInput("n", new DateOnly(2027, 1, 1), ProbeKind.Plain, null), CancellationToken.None));

        error.Status.ShouldBe(503);
        server.Requests.Count.ShouldBe(1);
        LoopbackServer.Header(server.Requests[0], "Idempotency-Key").ShouldBeNull();
    }

    [Fact]
    public async Task A_get_is_retried_until_it_succeeds_and_gives_up_after_the_configured_attempts()
    {
        var attempts = 0;
        server.On("/api/probes/*", r => !r.Path.EndsWith("/count", StringComparison.Ordinal) ? LoopbackServer.Status(503)
            : Interlocked.Increment(ref attempts) <= 2 ? LoopbackServer.Status(502) : LoopbackServer.Json(200, 3));
        using var client = server.CreateClient(o => o.MaxRetryAttempts = 2);
        var probes = client.GetRequiredService<IProbeAppService>();

        (await probes.CountProbesAsync(CancellationToken.None)).ShouldBe(3);
        attempts.ShouldBe(3);

        var error = await Should.ThrowAsync<StayHubRemoteException>(() => probes.GetProbeAsync(Guid.NewGuid(), CancellationToken.None));
        error.Status.ShouldBe(503);
        server.Requests.Count(r => !r.Path.EndsWith("/count", StringComparison.Ordinal)).ShouldBe(3, "one attempt and two retries");
    }

    public void Dispose() => server.Dispose();
}
