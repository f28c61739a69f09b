using System.Net;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Tokens;

[Collection(HostCollection.Name)]
public sealed class RevocationTests(HostFixture host)
{
    [Fact]
    public async Task Revoked_refresh_token_no_longer_works()
    {
        var user = await host.CreateUserAsync();
        var client = host.CreateClient();

        var revoke = await client.RevokeAsync(user.RefreshToken);
        var refresh = await client.RefreshGrantAsync(user.RefreshToken);

        revoke.Status.ShouldBe(HttpStatusCode.OK, revoke.Raw);
        revoke.Error.ShouldBeNull(revoke.Raw);
        refresh.Status.ShouldBe(HttpStatusCode.BadRequest);
        refresh.Error.ShouldBe("invalid_grant");
        refresh.AccessToken.ShouldBeNull();
    }

    [Fact]
    public async Task Revoking_one_sign_in_keeps_the_users_other_sign_ins()
    {
        var user = await host.CreateUserAsync();
        var client = host.CreateClient();
        var laptop = (await client.PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();

        (await client.RevokeAsync(user.RefreshToken)).Status.ShouldBe(HttpStatusCode.OK);

        (await client.RefreshGrantAsync(user.RefreshToken)).Error.ShouldBe("invalid_grant");
        (await client.RefreshGrantAsync(laptop.RefreshToken!)).ShouldSucceed();
    }

    [Fact]
    public async Task Revoking_a_rotated_token_stops_the_refresh_chain()
    {
        var user = await host.CreateUserAsync();
        var client = host.CreateClient();
        var rotated = (await client.RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();

        (await client.RevokeAsync(rotated.RefreshToken!)).Status.ShouldBe(HttpStatusCode.OK);

        var refresh = await client.RefreshGrantAsync(rotated.RefreshToken!);
        refresh.Status.ShouldBe(HttpStatusCode.BadRequest);
        refresh.Error.ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Revocation_without_the_client_id_is_refused_and_revokes_nothing()
    {
        var user = await host.CreateUserAsync();
        var client = host.CreateClient();

        var revoke = await client.PostFormAsync("/connect/revoke", new Dictionary<string, string>
        {
            ["token"] = user.RefreshToken,
            ["token_type_hint"] = "refresh_token",
        });

        revoke.Status.ShouldBe(HttpStatusCode.Unauthorized, revoke.Raw);
        revoke.Error.ShouldBe("invalid_client");
        (await client.RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();
    }

    [Fact]
    public async Task A_changed_security_stamp_ends_existing_sign_ins()
    {
        var user = await host.CreateUserAsync();
        var client = host.CreateClient();
        var rotated = (await client.RefreshGrantAsync(user.RefreshToken)).ShouldSucceed();

        // What a password change or an admin "sign out everywhere" does.
        await host.ScalarAsync<object>(
            "update identity.users set security_stamp = @stamp where id = @id",
            ("stamp", "x-" + Guid.NewGuid().ToString("N")),
            ("id", user.Id));

        var refresh = await client.RefreshGrantAsync(rotated.RefreshToken!);
        refresh.Status.ShouldBe(HttpStatusCode.BadRequest);
        refresh.Error.ShouldBe("invalid_grant");
        refresh.AccessToken.ShouldBeNull();

        // The account itself is fine: a new sign-in works and its refresh token carries the new stamp.
        var fresh = (await client.PasswordGrantAsync(user.Email, user.Password)).ShouldSucceed();
        (await client.RefreshGrantAsync(fresh.RefreshToken!)).ShouldSucceed();
    }
}
