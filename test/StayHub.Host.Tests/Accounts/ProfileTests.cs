using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Accounts;

[Collection(HostCollection.Name)]
public sealed class ProfileTests(HostFixture host)
{
    private static Task<HttpResponseMessage> PutJsonAsync(HttpClient client, string json) =>
        client.PutAsync("/api/account/me", new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Get_me_without_a_token_is_401_unauthorized_problem()
    {
        using var response = await host.CreateClient().GetAsync("/api/account/me");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Get_me_with_a_garbage_token_is_401()
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");

        using var response = await client.GetAsync("/api/account/me");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Get_me_with_a_token_returns_the_own_profile()
    {
        var user = await host.CreateUserAsync("Grace Hopper");

        using var response = await user.Client.GetAsync("/api/account/me");

        var profile = await response.ShouldBeJsonAsync<ProfileDto>();
        profile.Id.ShouldBe(user.Id);
        profile.Email.ShouldBe(user.Email);
        profile.DisplayName.ShouldBe("Grace Hopper");
        profile.Roles.ShouldBe([Roles.Guest]);
    }

    [Fact]
    public async Task Put_me_updates_display_name_bio_and_phone()
    {
        var user = await host.CreateUserAsync();

        using var put = await user.Client.PutAsJsonAsync("/api/account/me", new UpdateProfileRequest("  New Name  ", "Loves the sea.", "+14155550123"), ApiAssertions.JsonOptions);
        var updated = await put.ShouldBeJsonAsync<ProfileDto>();
        updated.DisplayName.ShouldBe("New Name");

        var profile = await (await user.Client.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>();
        profile.DisplayName.ShouldBe("New Name");
        profile.Bio.ShouldBe("Loves the sea.");
        profile.PhoneNumber.ShouldBe("+14155550123");
        profile.Email.ShouldBe(user.Email);
    }

    [Fact]
    public async Task Put_me_with_empty_bio_and_phone_clears_them()
    {
        var user = await host.CreateUserAsync();
        (await user.Client.PutAsJsonAsync("/api/account/me", new UpdateProfileRequest("Name", "Bio", "+442071838750"), ApiAssertions.JsonOptions)).Dispose();

        using var put = await user.Client.PutAsJsonAsync("/api/account/me", new UpdateProfileRequest("Name", string.Empty, null), ApiAssertions.JsonOptions);

        var profile = await put.ShouldBeJsonAsync<ProfileDto>();
        profile.Bio.ShouldBeNull();
        profile.PhoneNumber.ShouldBeNull();
    }

    [Fact]
    public async Task Put_me_ignores_email_roles_and_id_in_the_body()
    {
        var user = await host.CreateUserAsync();
        var otherId = Guid.NewGuid();
        var json = $$"""
            {
              "displayName": "Sneaky",
              "bio": null,
              "phoneNumber": null,
              "email": "hijack-{{Guid.NewGuid():N}}@example.test",
              "roles": ["admin", "host"],
              "id": "{{otherId}}"
            }
            """;

        using var put = await PutJsonAsync(user.Client, json);
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());

        var profile = await (await user.Client.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>();
        profile.DisplayName.ShouldBe("Sneaky");
        profile.Id.ShouldBe(user.Id);
        profile.Email.ShouldBe(user.Email);
        profile.Roles.ShouldBe([Roles.Guest]);
        (await host.ScalarAsync<long>("SELECT count(*) FROM identity.users WHERE id = @id", ("id", otherId))).ShouldBe(0);

        // A fresh token (roles re-read from the database) still carries no admin power.
        var fresh = await host.CreateClient().AuthenticateAsync(user.Email, user.Password);
        using var admin = await fresh.GetAsync("/api/admin/users");
        await admin.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        using var adminSameToken = await user.Client.GetAsync("/api/admin/users");
        await adminSameToken.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Put_me_with_an_invalid_phone_is_400_with_a_phoneNumber_error()
    {
        var user = await host.CreateUserAsync();

        using var put = await user.Client.PutAsJsonAsync("/api/account/me", new UpdateProfileRequest("Name", null, "12345"), ApiAssertions.JsonOptions);

        var problem = await put.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["phoneNumber"]);
        var profile = await (await user.Client.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>();
        profile.PhoneNumber.ShouldBeNull();
    }

    [Fact]
    public async Task Put_me_with_a_bio_of_1001_characters_is_400_but_1000_is_accepted()
    {
        var user = await host.CreateUserAsync();

        using var tooLong = await user.Client.PutAsJsonAsync("/api/account/me", new UpdateProfileRequest("Name", new string('b', 1001), null), ApiAssertions.JsonOptions);
        var problem = await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["bio"]);

        using var longest = await user.Client.PutAsJsonAsync("/api/account/me", new UpdateProfileRequest("Name", new string('b', 1000), null), ApiAssertions.JsonOptions);
        (await longest.ShouldBeJsonAsync<ProfileDto>()).Bio!.Length.ShouldBe(1000);
    }

    [Fact]
    public async Task Put_me_with_an_empty_display_name_is_400()
    {
        var user = await host.CreateUserAsync();

        using var put = await user.Client.PutAsJsonAsync("/api/account/me", new UpdateProfileRequest(" ", null, null), ApiAssertions.JsonOptions);

        var problem = await put.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["displayName"]);
    }

    [Fact]
    public async Task Put_me_without_a_token_is_401()
    {
        using var put = await host.CreateClient().PutAsJsonAsync("/api/account/me", new UpdateProfileRequest("Name", null, null), ApiAssertions.JsonOptions);

        await put.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }
}
