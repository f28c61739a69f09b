using System.Net;
using System.Text.Json;
using StayHub.Identity.Contracts;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Tokens;

[Collection(HostCollection.Name)]
public sealed class PasswordGrantTests(HostFixture host)
{
    [Fact]
    public async Task Password_grant_returns_access_token_refresh_token_and_expiry()
    {
        var user = await host.CreateUserAsync();

        var response = await host.CreateClient().PasswordAsync(user.Email, user.Password);

        response.Status.ShouldBe(HttpStatusCode.OK, response.Raw);
        response.AccessToken.ShouldNotBeNullOrWhiteSpace();
        response.RefreshToken.ShouldNotBeNullOrWhiteSpace("offline_access was requested");
        response.Read("token_type").ShouldBe("Bearer", StringCompareShould.IgnoreCase);
        response.Body.GetProperty("expires_in").ValueKind.ShouldBe(JsonValueKind.Number);
        var expiresIn = response.Body.GetProperty("expires_in").GetInt32();
        expiresIn.ShouldBeInRange(60, 15 * 60, "the access token lives Identity:Tokens:AccessToken (15 minutes)");
        response.RefreshToken.ShouldNotBe(response.AccessToken);
    }

    [Fact]
    public async Task Without_offline_access_no_refresh_token_is_issued()
    {
        var user = await host.CreateUserAsync();

        var response = await host.CreateClient().PasswordAsync(user.Email, user.Password, scope: "openid");

        response.Status.ShouldBe(HttpStatusCode.OK, response.Raw);
        response.AccessToken.ShouldNotBeNullOrWhiteSpace();
        response.RefreshToken.ShouldBeNull(response.Raw);
    }

    [Fact]
    public async Task Access_token_is_an_RS256_JWT_carrying_subject_and_guest_role()
    {
        var user = await host.CreateUserAsync();

        var jwt = Jwt.Decode(user.Client.BearerToken());

        jwt.Header.GetProperty("alg").GetString().ShouldBe("RS256");
        jwt.Header.TryGetProperty("kid", out _).ShouldBeTrue("resource servers pick the key by kid");
        jwt.Subject.ShouldBe(user.Id.ToString());
        jwt.Roles.ShouldContain(Roles.Guest);
        jwt.Roles.ShouldNotContain(Roles.Host);
        jwt.Roles.ShouldNotContain(Roles.Admin);
        jwt.Payload.GetProperty("email").GetString().ShouldBe(user.Email);
        var expires = DateTimeOffset.FromUnixTimeSeconds(jwt.Payload.GetProperty("exp").GetInt64());
        expires.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        expires.ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow.AddMinutes(16));
    }

    [Fact]
    public async Task Access_token_does_not_leak_server_side_session_claims()
    {
        var user = await host.CreateUserAsync();

        var payload = Jwt.Decode(user.Client.BearerToken()).Payload;

        var claims = payload.EnumerateObject().Select(p => p.Name).ToList();
        claims.ShouldNotContain(c => c.StartsWith("stayhub:", StringComparison.Ordinal), string.Join(", ", claims));
        payload.GetRawText().ShouldNotContain("security_stamp", Case.Insensitive);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_get_the_same_invalid_grant_answer()
    {
        var user = await host.CreateUserAsync();
        var client = host.CreateClient();

        var wrongPassword = await client.PasswordAsync(user.Email, user.Password + "-nope");
        var unknownEmail = await client.PasswordAsync($"nobody-{Guid.NewGuid():N}@example.test", user.Password);

        wrongPassword.Status.ShouldBe(HttpStatusCode.BadRequest, wrongPassword.Raw);
        wrongPassword.Error.ShouldBe("invalid_grant");
        wrongPassword.AccessToken.ShouldBeNull();
        unknownEmail.Status.ShouldBe(HttpStatusCode.BadRequest, unknownEmail.Raw);
        unknownEmail.Error.ShouldBe("invalid_grant");
        unknownEmail.AccessToken.ShouldBeNull();
        wrongPassword.ErrorDescription.ShouldNotBeNullOrWhiteSpace();
        unknownEmail.ErrorDescription.ShouldBe(wrongPassword.ErrorDescription, "the answer must not reveal whether the email exists");
    }

    [Fact]
    public async Task Missing_client_id_is_rejected()
    {
        var user = await host.CreateUserAsync();

        var response = await host.CreateClient().TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = user.Email,
            ["password"] = user.Password,
            ["scope"] = "openid offline_access",
        });

        // RFC 6749 §5.2 lets invalid_client answer 401; OpenIddict does.
        response.Status.ShouldBe(HttpStatusCode.Unauthorized, response.Raw);
        response.Error.ShouldBe("invalid_client");
        response.ErrorDescription.ShouldNotBeNull().ShouldContain("client_id");
        response.AccessToken.ShouldBeNull();
    }

    [Fact]
    public async Task Unknown_client_is_rejected()
    {
        var user = await host.CreateUserAsync();

        var response = await host.CreateClient().TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "not-a-stayhub-client",
            ["username"] = user.Email,
            ["password"] = user.Password,
            ["scope"] = "openid offline_access",
        });

        response.Status.ShouldBe(HttpStatusCode.Unauthorized, response.Raw);
        response.Error.ShouldBe("invalid_client", response.Raw);
        response.AccessToken.ShouldBeNull();
    }

    [Fact]
    public async Task Client_credentials_grant_is_not_supported()
    {
        var response = await host.CreateClient().TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = OAuthTestClient.ClientId,
        });

        response.Status.ShouldBe(HttpStatusCode.BadRequest, response.Raw);
        response.Error.ShouldBeOneOf("unsupported_grant_type", "unauthorized_client", "invalid_client");
        response.AccessToken.ShouldBeNull();
    }

    [Fact]
    public async Task Token_endpoint_refuses_a_GET()
    {
        using var response = await host.CreateClient().GetAsync(new Uri("/connect/token?grant_type=password&client_id=stayhub-app", UriKind.Relative));

        ((int)response.StatusCode).ShouldBeInRange(400, 405);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("access_token");
    }
}
