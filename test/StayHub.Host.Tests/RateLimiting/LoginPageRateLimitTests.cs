using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.RateLimiting;

/// <summary>The browser sign-in page takes credentials too, so it spends the same per-address budget as /connect/token.</summary>
public sealed class LoginPageRateLimitTests(AuthLimitedHost host) : IClassFixture<AuthLimitedHost>
{
    [Fact]
    public async Task Password_guesses_on_the_login_page_spend_the_credential_budget()
    {
        var client = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var guess = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = "nobody@example.test",
                ["password"] = "Wrong-Password-123",
                ["returnUrl"] = "/",
            }));
            guess.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        }

        using var limited = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "nobody@example.test",
            ["password"] = "Wrong-Password-123",
        }));
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited);
        (await client.PasswordGrantAsync("nobody@example.test", "Wrong-Password-123")).Status.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
