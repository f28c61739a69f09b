using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.RateLimiting;

/// <summary>A host whose credential endpoints allow 3 calls per window (per client address).</summary>
public sealed class AuthLimitedHost : StayHubAppFactory<Program>
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:Auth:PermitLimit"] = "3",
        ["RateLimiting:Auth:Window"] = "00:05:00",
    };
}

/// <summary>A host where every caller gets 5 requests per window.</summary>
public sealed class GloballyLimitedHost : StayHubAppFactory<Program>
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:Global:PermitLimit"] = "5",
        ["RateLimiting:Global:Window"] = "00:05:00",
    };
}

public sealed class AuthRateLimitTests(AuthLimitedHost host) : IClassFixture<AuthLimitedHost>
{
    [Fact]
    public async Task Token_endpoint_answers_429_with_retry_after_once_the_budget_is_spent()
    {
        var client = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.PasswordGrantAsync("nobody@example.test", "Wrong-Password-123")).Status.ShouldBe(HttpStatusCode.BadRequest);
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = TokenClient.ClientId,
            ["username"] = "nobody@example.test",
            ["password"] = "Wrong-Password-123",
        });
        using var limited = await client.PostAsync("/connect/token", content);
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 300);

        // The budget is shared by every credential endpoint; health probes are never limited.
        using var register = await client.PostJsonAsync("/api/account/register", new { email = "a@b.test", password = "Long-Enough-Pass-1", displayName = "A" });
        await register.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited);
        using var health = await client.GetAsync("/health/live");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class GlobalRateLimitTests(GloballyLimitedHost host) : IClassFixture<GloballyLimitedHost>
{
    [Fact]
    public async Task Every_route_shares_a_per_caller_budget()
    {
        var client = host.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var allowed = await client.GetAsync("/api/account/me");
            allowed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var limited = await client.GetAsync("/api/account/me");
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        // What is left of the 5-minute window, not a fixed guess.
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(240, 300);
    }
}
