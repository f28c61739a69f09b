using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace StayHub.Host.Tests.Tokens;

/// <summary>
/// The before/after of docs/adr/0029 in one run: the same requests against a host that checks token and
/// authorization entries (as shipped) and one with both checks switched off (as before). The switched-off host
/// still accepts a revoked access token, which shows the entry checks are what refuse it; the timings go to the
/// test output and docs/benchmarks.md.
/// </summary>
public sealed class EntryValidationCostTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string Me = "/api/account/me";
    private const int Rounds = 5;
    private const int RequestsPerRound = 200;
    private readonly HostFixture shipped = new();
    private readonly SignatureOnlyHost before = new();

    public async Task InitializeAsync()
    {
        await shipped.InitializeAsync();
        await before.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)shipped).DisposeAsync();
        await ((IAsyncLifetime)before).DisposeAsync();
    }

    public void Dispose()
    {
        shipped.Dispose();
        before.Dispose();
    }

    [Fact]
    public async Task Entry_checks_refuse_a_revoked_token_and_their_cost_per_request_is_measured()
    {
        var withChecks = await SignInAsync(shipped);
        var withoutChecks = await SignInAsync(before);

        // Warm both (JIT, connection pools, statement caches), then alternate rounds so drift hits both alike.
        await TimeAsync(withChecks.Client, 100);
        await TimeAsync(withoutChecks.Client, 100);
        var on = new List<double>();
        var off = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            on.AddRange(await TimeAsync(withChecks.Client, RequestsPerRound));
            off.AddRange(await TimeAsync(withoutChecks.Client, RequestsPerRound));
        }

        output.WriteLine(Summary("signature only (before)", off));
        output.WriteLine(Summary("token + authorization entries", on));
        output.WriteLine($"added per request: mean {Mean(on) - Mean(off):F3} ms, p50 {Percentile(on, 50) - Percentile(off, 50):F3} ms");

        (await shipped.CreateClient().RevokeAsync(withChecks.RefreshToken)).Status.ShouldBe(HttpStatusCode.OK);
        (await before.CreateClient().RevokeAsync(withoutChecks.RefreshToken)).Status.ShouldBe(HttpStatusCode.OK);
        (await withChecks.Client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await withoutChecks.Client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK, "without the entry checks a revoked sign-in's access token lives on");
    }

    private static async Task<TestUser> SignInAsync(StayHubAppFactory<Program> host)
    {
        var email = $"cost-{Guid.NewGuid():N}@example.test";
        const string password = "Blue-Harbour-Lights-88";
        (await host.CreateClient().PostJsonAsync("/api/account/register", new Identity.Contracts.RegisterRequest(email, password, "Cost")))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var token = (await host.CreateClient().PasswordGrantAsync(email, password)).ShouldSucceed();
        return new TestUser(Guid.Empty, email, password, host.CreateClient().WithBearer(token.AccessToken!), token.RefreshToken!);
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, int count)
    {
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(Me);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        return timings;
    }

    private static string Summary(string name, List<double> timings) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name}: n={timings.Count} mean {Mean(timings):F3} ms, p50 {Percentile(timings, 50):F3} ms, p95 {Percentile(timings, 95):F3} ms, p99 {Percentile(timings, 99):F3} ms");

    private static double Mean(List<double> timings) => timings.Average();

    private static double Percentile(List<double> timings, int percentile)
    {
        var sorted = timings.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>The host as it was before: access tokens checked by signature and lifetime alone.</summary>
    private sealed class SignatureOnlyHost : StayHubAppFactory<Program>
    {
        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.PostConfigure<OpenIddictValidationOptions>(o =>
            {
                o.EnableTokenEntryValidation = false;
                o.EnableAuthorizationEntryValidation = false;
            });
    }
}
