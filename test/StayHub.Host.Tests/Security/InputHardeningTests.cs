using System.Net;
using System.Net.Http.Headers;
using System.Text;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Security;

/// <summary>
/// Findings of the outside-in review that used to end in a 500 or leak a token: control characters in text, odd
/// charsets, truncated uploads, tokens outside the Authorization header, and private answers left cacheable.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class InputHardeningTests(HostFixture host)
{
    [Fact]
    public async Task A_nul_in_a_json_field_is_400_naming_the_field_and_changes_nothing()
    {
        var user = await host.CreateUserAsync("Before");

        using var response = await user.Client.PutAsync(
            "/api/account/me",
            new StringContent("""{"displayName":"Ada\u0000Lovelace","bio":"fine"}""", Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["displayName"]);
        (await (await user.Client.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>()).DisplayName.ShouldBe("Before");
    }

    [Fact]
    public async Task A_control_character_in_a_query_field_is_400_naming_it()
    {
        using var response = await host.CreateClient().GetAsync("/api/listings?city=Par%00is");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldContain("city");
    }

    [Fact]
    public async Task Tabs_and_line_breaks_are_still_text()
    {
        var user = await host.CreateUserAsync();

        using var response = await user.Client.PutAsync(
            "/api/account/me",
            new StringContent("""{"displayName":"Ada","bio":"line one\r\n\tline two"}""", Encoding.UTF8, "application/json"));

        (await response.ShouldBeJsonAsync<ProfileDto>()).Bio.ShouldBe("line one\r\n\tline two");
    }

    [Fact]
    public async Task A_nul_in_the_token_form_is_a_client_error_not_a_500()
    {
        using var response = await host.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = "ada\u0000@example.test",
            ["password"] = "Blue-Harbour-Lights-88",
            ["client_id"] = TokenClient.ClientId,
        }));

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
    }

    [Fact]
    public async Task A_charset_the_server_does_not_read_is_415()
    {
        var content = new ByteArrayContent("""{"email":"a@b.test","password":"Blue-Harbour-Lights-88","displayName":"Ada"}"""u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=bogus");

        using var response = await host.CreateClient().PostAsync("/api/account/register", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task Utf8_spelled_in_capitals_is_still_read()
    {
        var email = $"charset-{Guid.NewGuid():N}@example.test";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes($$"""{"email":"{{email}}","password":"Blue-Harbour-Lights-88","displayName":"Ada"}"""));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=\"UTF-8\"");

        using var response = await host.CreateClient().PostAsync("/api/account/register", content);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_multipart_body_cut_before_its_closing_boundary_is_400()
    {
        var user = await host.CreateUserAsync();
        var body = new ByteArrayContent(Encoding.ASCII.GetBytes(
            "--cut\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\nJFIF and then the connection dropped"));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        using var response = await user.Client.PutAsync("/api/account/me/photo", body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.MalformedRequest);
    }

    [Fact]
    public async Task A_signed_in_answer_is_not_stored_by_caches()
    {
        var user = await host.CreateUserAsync();

        using var response = await user.Client.GetAsync("/api/account/me");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task An_anonymous_public_answer_keeps_its_own_caching()
    {
        using var response = await host.CreateClient().GetAsync("/api/listings");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (response.Headers.CacheControl?.NoStore ?? false).ShouldBeFalse();
    }

    [Fact]
    public async Task An_access_token_in_the_query_string_does_not_sign_in()
    {
        var user = await host.CreateUserAsync();
        var token = user.Client.DefaultRequestHeaders.Authorization!.Parameter!;

        using var response = await host.CreateClient().GetAsync($"/api/account/me?access_token={Uri.EscapeDataString(token)}");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_access_token_in_a_form_body_does_not_sign_in()
    {
        var user = await host.CreateUserAsync();
        var token = user.Client.DefaultRequestHeaders.Authorization!.Parameter!;

        using var response = await host.CreateClient().PostAsync(
            "/api/account/become-host",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["access_token"] = token }));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
