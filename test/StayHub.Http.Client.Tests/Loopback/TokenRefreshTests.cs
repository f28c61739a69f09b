using System.Collections.Concurrent;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock;

namespace StayHub.Http.Client.Tests.Loopback;

/// <summary>
/// The built-in password-grant provider against a token endpoint that rotates refresh tokens the way StayHub's does:
/// only the newest refresh token is accepted, anything else is <c>invalid_grant</c>.
/// </summary>
public sealed class TokenRefreshTests : IDisposable
{
    private readonly LoopbackServer server = new();
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private readonly ConcurrentQueue<Dictionary<string, string>> grants = new();
    private int issued;

    public TokenRefreshTests()
    {
        // Slow enough that concurrent callers really overlap with the refresh in flight.
        server.On("/connect/token", IssueToken, delay: TimeSpan.FromMilliseconds(300));
        // The API echoes which token it saw: "Bearer a7" → 7; "a1" is refused when the test says so.
        server.On("/api/probes/count", r =>
        {
            var token = LoopbackServer.Header(r, "Authorization");
            if (token is null || (RejectFirstToken && token == "Bearer a1"))
            {
                return LoopbackServer.Problem(401, "auth.unauthenticated");
            }

            return LoopbackServer.Json(200, int.Parse(token["Bearer a".Length..], System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    private bool RejectFirstToken { get; set; }

    [Fact]
    public async Task Concurrent_calls_on_a_stale_token_share_one_refresh_and_the_rotated_refresh_token_is_kept()
    {
        using var client = CreateClient();
        var probes = client.GetRequiredService<IProbeAppService>();

        (await probes.CountProbesAsync(CancellationToken.None)).ShouldBe(1);
        time.Advance(TimeSpan.FromSeconds(850)); // 900 s tokens are renewed 60 s before they expire

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => probes.CountProbesAsync(CancellationToken.None).AsTask()));

        results.ShouldAllBe(r => r == 2);
        grants.Count.ShouldBe(2, "one password grant, then ONE refresh shared by 20 concurrent calls");

        time.Advance(TimeSpan.FromSeconds(850));
        (await probes.CountProbesAsync(CancellationToken.None)).ShouldBe(3, "the second refresh presented the rotated token r2, not r1");

        var sent = grants.ToArray();
        sent[0]["grant_type"].ShouldBe("password");
        sent[0]["client_id"].ShouldBe("stayhub-app");
        sent[0]["scope"].ShouldBe("openid offline_access");
        sent[0]["username"].ShouldBe("guest@example.test");
        sent[0]["password"].ShouldBe("pw-1");
        sent[1]["grant_type"].ShouldBe("refresh_token");
        sent[1]["refresh_token"].ShouldBe("r1");
        sent[2]["refresh_token"].ShouldBe("r2");
    }

    [Fact]
    public async Task A_caller_giving_up_during_a_refresh_does_not_lose_the_rotated_refresh_token()
    {
        using var client = CreateClient();
        var probes = client.GetRequiredService<IProbeAppService>();
        (await probes.CountProbesAsync(CancellationToken.None)).ShouldBe(1);
        time.Advance(TimeSpan.FromSeconds(850));

        using (var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(50)))
        {
            await Should.ThrowAsync<OperationCanceledException>(() => probes.CountProbesAsync(impatient.Token).AsTask());
        }

        // The refresh it started ran on (300 ms at the stand-in) and its answer was stored: a2 now, r2 next time.
        (await probes.CountProbesAsync(CancellationToken.None)).ShouldBe(2);
        time.Advance(TimeSpan.FromSeconds(850));
        (await probes.CountProbesAsync(CancellationToken.None)).ShouldBe(3);
        grants.Select(g => g.GetValueOrDefault("refresh_token")).ShouldBe([null, "r1", "r2"]);
    }

    [Fact]
    public async Task A_fresh_token_is_reused_without_asking_again()
    {
        using var client = CreateClient();
        var probes = client.GetRequiredService<IProbeAppService>();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => probes.CountProbesAsync(CancellationToken.None).AsTask()));
        time.Advance(TimeSpan.FromSeconds(600));
        (await probes.CountProbesAsync(CancellationToken.None)).ShouldBe(1);

        grants.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_401_drops_the_rejected_token_and_the_call_succeeds_with_a_renewed_one()
    {
        RejectFirstToken = true;
        using var client = CreateClient();

        (await client.GetRequiredService<IProbeAppService>().CountProbesAsync(CancellationToken.None)).ShouldBe(2);

        grants.Select(g => g["grant_type"]).ShouldBe(["password", "refresh_token"]);
    }

    [Fact]
    public async Task Wrong_credentials_surface_as_a_remote_exception_with_the_oauth_error()
    {
        using var client = CreateClient(password: "wrong");

        var error = await Should.ThrowAsync<StayHubRemoteException>(() => client.GetRequiredService<IProbeAppService>().CountProbesAsync(CancellationToken.None).AsTask());

        error.Status.ShouldBe(400);
        error.Code.ShouldBe("invalid_grant");
    }

    public void Dispose() => server.Dispose();

    private ServiceProvider CreateClient(string password = "pw-1") => server.CreateClient(
        o => o.Tokens = StayHubTokens.Password("guest@example.test", password),
        services => services.AddSingleton<TimeProvider>(time));

    private ResponseMessage IssueToken(IRequestMessage request)
    {
        var form = QueryHelpers.ParseQuery(request.Body).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
        grants.Enqueue(form);
        lock (grants)
        {
            var valid = form["grant_type"] switch
            {
                "password" => form["password"] == "pw-1",
                "refresh_token" => form["refresh_token"] == $"r{issued}",
                _ => false,
            };
            if (!valid)
            {
                return LoopbackServer.Json(400, new { error = "invalid_grant", error_description = "nope" });
            }

            issued++;
            return LoopbackServer.Json(200, new { access_token = $"a{issued}", token_type = "Bearer", expires_in = 900, refresh_token = $"r{issued}" });
        }
    }
}
