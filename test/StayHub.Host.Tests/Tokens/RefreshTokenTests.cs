using System.Net;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Tokens;

[Collection(HostCollection.Name)]
public sealed class RefreshTokenTests(HostFixture host)
{
    [Fact]
    public async Task Refresh_returns_a_new_refresh_token_and_the_old_one_is_dead_at_once()
    {
        var user = await host.CreateUserAsync();
        var client = host.CreateClient();

        var first = (await client.RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();
        var again = await client.RefreshGrantAsync(user.RefreshToken);

        first.RefreshToken.ShouldNotBeNullOrWhiteSpace();
        first.RefreshToken.ShouldNotBe(user.RefreshToken, "refresh tokens rotate");
        again.Status.ShouldBe(HttpStatusCode.BadRequest, again.ErrorDescription);
        again.Error.ShouldBe("invalid_grant");
        again.AccessToken.ShouldBeNull();
    }

    [Fact]
    public async Task Reusing_a_redeemed_refresh_token_revokes_the_whole_chain()
    {
        var user = await host.CreateUserAsync();
        var client = host.CreateClient();
        var second = (await client.RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();
        var third = (await client.RefreshGrantAsync(second.RefreshToken!)).ShouldSucceed();

        // An attacker replays the first (already redeemed) token.
        var replay = await client.RefreshGrantAsync(user.RefreshToken);
        var newest = await client.RefreshGrantAsync(third.RefreshToken!);

        replay.Status.ShouldBe(HttpStatusCode.BadRequest);
        replay.Error.ShouldBe("invalid_grant");
        newest.Status.ShouldBe(HttpStatusCode.BadRequest, "the newest token of a replayed family must be revoked too");
        newest.Error.ShouldBe("invalid_grant");
        newest.AccessToken.ShouldBeNull();
    }

    [Fact]
    public async Task Reuse_in_one_family_leaves_the_users_other_sign_ins_alone()
    {
        var user = await host.CreateUserAsync();
        var client = host.CreateClient();
        var otherDevice = (await client.PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();
        (await client.RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();

        (await client.RefreshGrantAsync(user.RefreshToken)).Error.ShouldBe("invalid_grant");

        (await client.RefreshGrantAsync(otherDevice.RefreshToken!)).ShouldSucceed();
    }

    [Fact]
    public async Task Access_token_from_a_refresh_works_on_the_api()
    {
        var user = await host.CreateUserAsync();
        var refreshed = (await host.CreateClient().RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();

        var jwt = Jwt.Decode(refreshed.AccessToken!);
        using var response = await host.CreateClient().WithBearer(refreshed.AccessToken!).GetAsync(new Uri("/api/account/me", UriKind.Relative));

        jwt.Subject.ShouldBe(user.Id.ToString());
        jwt.Roles.ShouldContain(Roles.Guest);
        var profile = await response.ShouldBeJsonAsync<ProfileDto>();
        profile.Id.ShouldBe(user.Id);
        profile.Email.ShouldBe(user.Email);
    }

    [Fact]
    public async Task Refresh_picks_up_a_new_role_but_the_old_access_token_keeps_its_claims()
    {
        var user = await host.CreateUserAsync();
        var oldAccessToken = user.Client.BearerToken();
        Jwt.Decode(oldAccessToken).Roles.ShouldBe([Roles.Guest]);

        using (var becomeHost = await user.Client.PostAsync(new Uri("/api/account/become-host", UriKind.Relative), null))
        {
            var profile = await becomeHost.ShouldBeJsonAsync<ProfileDto>();
            profile.Roles.ShouldContain(Roles.Host);
        }

        // The old token is still accepted and still says guest only: claims are fixed at issue time.
        Jwt.Decode(oldAccessToken).Roles.ShouldBe([Roles.Guest]);
        using (var me = await user.Client.GetAsync(new Uri("/api/account/me", UriKind.Relative)))
        {
            (await me.ShouldBeJsonAsync<ProfileDto>()).Roles.ShouldContain(Roles.Host, "the profile reads the database");
        }

        var refreshed = (await host.CreateClient().RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();
        var roles = Jwt.Decode(refreshed.AccessToken!).Roles;
        roles.ShouldContain(Roles.Host);
        roles.ShouldContain(Roles.Guest);
        roles.ShouldNotContain(Roles.Admin);
    }

    [Fact]
    public async Task Refresh_token_of_one_user_cannot_be_used_with_garbage_or_another_client()
    {
        var user = await host.CreateUserAsync();
        var client = host.CreateClient();

        var garbage = await client.RefreshGrantAsync(user.RefreshToken[..^4] + "AAAA");
        var otherClient = await client.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "not-a-stayhub-client",
            ["refresh_token"] = user.RefreshToken,
        });

        garbage.Status.ShouldBe(HttpStatusCode.BadRequest);
        garbage.Error.ShouldBe("invalid_grant");
        otherClient.Status.ShouldBe(HttpStatusCode.Unauthorized, otherClient.Raw);
        otherClient.Error.ShouldBe("invalid_client");

        // Neither failed attempt burnt the real token.
        (await client.RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();
    }
}
