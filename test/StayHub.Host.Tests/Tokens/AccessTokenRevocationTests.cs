using System.Net;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Tokens;

/// <summary>
/// An access token dies with its sign-in on the very next request, not at the end of its 15 minutes
/// (docs/adr/0029: token and authorization entries are checked on every request).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AccessTokenRevocationTests(HostFixture host)
{
    private const string Me = "/api/account/me";

    [Fact]
    public async Task Revoking_the_refresh_token_refuses_the_access_token_of_that_sign_in()
    {
        var user = await host.CreateUserAsync();
        (await user.Client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await host.CreateClient().RevokeAsync(user.RefreshToken)).Status.ShouldBe(HttpStatusCode.OK);

        (await user.Client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Revoking_one_sign_in_keeps_the_access_token_of_another()
    {
        var user = await host.CreateUserAsync();
        var laptop = (await host.CreateClient().PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();
        var laptopClient = host.CreateClient().WithBearer(laptop.AccessToken!);

        (await host.CreateClient().RevokeAsync(user.RefreshToken)).Status.ShouldBe(HttpStatusCode.OK);

        (await user.Client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await laptopClient.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Reusing_a_refresh_token_refuses_every_access_token_of_the_family()
    {
        var user = await host.CreateUserAsync();
        var client = host.CreateClient();
        var rotated = (await client.RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();
        var rotatedClient = host.CreateClient().WithBearer(rotated.AccessToken!);
        (await rotatedClient.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The first (redeemed) refresh token comes back: someone else holds a copy.
        (await client.RefreshGrantAsync(user.RefreshToken)).Error.ShouldBe("invalid_grant");

        (await rotatedClient.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the newest access token of a replayed family");
        (await user.Client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the first access token of a replayed family");
    }

    [Fact]
    public async Task An_access_token_without_a_refresh_token_is_refused_once_its_entry_is_revoked()
    {
        var user = await host.CreateUserAsync();
        // No offline_access: no refresh token and no authorization, only the access token's own entry.
        var bare = (await host.CreateClient().PasswordGrantAsync(user.Email, user.Password, scope: "openid")).ShouldSucceed();
        bare.RefreshToken.ShouldBeNull();
        var client = host.CreateClient().WithBearer(bare.AccessToken!);
        (await client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await host.CreateClient().RevokeAsync(bare.AccessToken!, hint: "access_token")).Status.ShouldBe(HttpStatusCode.OK);

        (await client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
