using System.Buffers.Binary;
using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Accounts;

[Collection(HostCollection.Name)]
public sealed class RegisterTests(HostFixture host)
{
    private const string GoodPassword = "Quiet-Meadow-Lantern-42";

    private static string NewEmail(string prefix = "reg") => $"{prefix}-{Guid.NewGuid():N}@example.test";

    private Task<HttpResponseMessage> RegisterAsync(string email, string password = GoodPassword, string displayName = "Ada Lovelace") =>
        host.CreateClient().PostJsonAsync("/api/account/register", new RegisterRequest(email, password, displayName));

    [Fact]
    public async Task Register_returns_201_with_location_and_a_guest_profile()
    {
        var email = NewEmail();

        using var response = await RegisterAsync(email, displayName: "Ada Lovelace");

        var profile = await response.ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        response.Headers.Location.ShouldNotBeNull();
        response.Headers.Location.OriginalString.ShouldBe("/api/account/me");
        profile.Roles.ShouldBe([Roles.Guest]);
        profile.Email.ShouldBe(email);
        profile.DisplayName.ShouldBe("Ada Lovelace");
        profile.Id.ShouldNotBe(Guid.Empty);
        profile.Bio.ShouldBeNull();
        profile.PhoneNumber.ShouldBeNull();
    }

    [Fact]
    public async Task Registered_user_can_sign_in_with_the_password()
    {
        var email = NewEmail();
        using (var response = await RegisterAsync(email))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await host.CreateClient().PasswordGrantAsync(email, GoodPassword)).ShouldSucceed();
    }

    [Fact]
    public async Task Duplicate_email_is_409_email_taken()
    {
        var email = NewEmail();
        using (var first = await RegisterAsync(email))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var second = await RegisterAsync(email, displayName: "Someone Else");

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.EmailTaken);
    }

    [Fact]
    public async Task Duplicate_email_in_a_different_case_is_409_email_taken()
    {
        var email = NewEmail("CaseTest");
        using (var first = await RegisterAsync(email))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var second = await RegisterAsync(email.ToUpperInvariant());

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.EmailTaken);
    }

    [Fact]
    public async Task Too_short_password_is_400_with_a_password_error()
    {
        using var response = await RegisterAsync(NewEmail(), password: "Sh0rt-pw");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["password"]);
        problem.Errors["password"].ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Password_containing_the_email_local_part_is_400_with_a_password_error()
    {
        var local = $"marigold{Guid.NewGuid():N}"[..16];
        var email = $"{local}@example.test";

        using var response = await RegisterAsync(email, password: $"My-{local}-2026");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["password"]);
        (await host.ScalarAsync<long>("SELECT count(*) FROM identity.users WHERE normalized_email = @e", ("e", email.ToUpperInvariant()))).ShouldBe(0);
    }

    [Fact]
    public async Task Invalid_email_is_400_with_an_email_error()
    {
        using var response = await RegisterAsync("not-an-email");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["email"]);
    }

    [Fact]
    public async Task Empty_display_name_is_400_with_a_displayName_error()
    {
        using var response = await RegisterAsync(NewEmail(), displayName: string.Empty);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["displayName"]);
    }

    [Fact]
    public async Task Blank_display_name_is_400_with_a_displayName_error()
    {
        using var response = await RegisterAsync(NewEmail(), displayName: "    ");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["displayName"]);
    }

    [Fact]
    public async Task Display_name_of_101_characters_is_400_but_100_is_accepted()
    {
        using var tooLong = await RegisterAsync(NewEmail(), displayName: new string('n', 101));
        var problem = await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["displayName"]);

        using var longest = await RegisterAsync(NewEmail(), displayName: new string('n', 100));
        (await longest.ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created)).DisplayName.Length.ShouldBe(100);
    }

    [Fact]
    public async Task Several_invalid_fields_are_all_reported()
    {
        using var response = await host.CreateClient().PostJsonAsync("/api/account/register", new RegisterRequest(string.Empty, string.Empty, string.Empty));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["email", "password", "displayName"], ignoreOrder: true);
    }

    [Fact]
    public async Task Password_is_stored_as_an_identity_v3_hash_with_210000_iterations()
    {
        var email = NewEmail();
        using (var response = await RegisterAsync(email))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var hash = await host.ScalarAsync<string>("SELECT password_hash FROM identity.users WHERE email = @e", ("e", email));

        hash.ShouldNotBeNullOrWhiteSpace();
        hash.ShouldNotContain(GoodPassword);
        var bytes = Convert.FromBase64String(hash);
        bytes[0].ShouldBe((byte)0x01, "Identity v3 format marker");
        var prf = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1, 4));
        prf.ShouldBeInRange(1u, 2u, "HMAC-SHA256 (1) or HMAC-SHA512 (2)");
        BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4)).ShouldBe(210_000u);
        var saltLength = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9, 4));
        saltLength.ShouldBeGreaterThanOrEqualTo(16);
        (bytes.Length - 13 - saltLength).ShouldBeGreaterThanOrEqualTo(32, "subkey length");
    }

    [Fact]
    public async Task Two_users_with_the_same_password_get_different_hashes()
    {
        var first = NewEmail();
        var second = NewEmail();
        (await RegisterAsync(first)).Dispose();
        (await RegisterAsync(second)).Dispose();

        var firstHash = await host.ScalarAsync<string>("SELECT password_hash FROM identity.users WHERE email = @e", ("e", first));
        var secondHash = await host.ScalarAsync<string>("SELECT password_hash FROM identity.users WHERE email = @e", ("e", second));

        firstHash.ShouldNotBeNull();
        secondHash.ShouldNotBeNull();
        firstHash.ShouldNotBe(secondHash);
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_email_create_one_account_and_the_rest_get_email_taken()
    {
        var email = NewEmail("race");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RegisterAsync(email)));

        try
        {
            responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
            foreach (var response in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.EmailTaken);
            }

            (await host.ScalarAsync<long>("SELECT count(*) FROM identity.users WHERE email = @e", ("e", email))).ShouldBe(1);
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }
}
