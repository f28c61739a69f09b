using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.ExternalSignIn;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Security;

/// <summary>What a certified OpenID client library expects of the server: S256-only PKCE, userinfo and sign-out.</summary>
[Collection(HostCollection.Name)]
public sealed class OpenIdConnectTests(HostFixture host)
{
    private const string SignedOutUri = "http://localhost:3000/auth/signed-out";

    [Fact]
    public async Task Discovery_offers_s256_only_and_names_userinfo_and_end_session()
    {
        var discovery = await host.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()).ShouldBe(["S256"]);
        discovery.GetProperty("userinfo_endpoint").GetString().ShouldEndWith("/connect/userinfo");
        discovery.GetProperty("end_session_endpoint").GetString().ShouldEndWith("/connect/endsession");
    }

    [Fact]
    public async Task A_plain_pkce_challenge_is_refused()
    {
        var flow = SignInFlow.Start(host);
        var url = flow.AuthorizeUrl(provider: null).Replace("code_challenge_method=S256", "code_challenge_method=plain", StringComparison.Ordinal);

        using var response = await flow.Browser.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Location.ShouldBeNull();
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("invalid_request");
        body.ShouldContain("code_challenge_method");
    }

    [Fact]
    public async Task Userinfo_answers_what_the_token_scopes_allow_from_the_account_as_it_is_now()
    {
        var user = await host.CreateUserAsync("Uma Info");
        var client = host.CreateClient();
        var token = (await client.PasswordGrantAsync(user.Email, user.Password, "openid email profile roles")).ShouldSucceed();
        (await user.Client.PutAsJsonAsync("/api/account/me", new UpdateProfileRequest("Uma Renamed", null, null))).EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        var info = await client.GetFromJsonAsync<JsonElement>("/connect/userinfo");

        info.GetProperty("sub").GetString().ShouldBe(user.Id.ToString());
        info.GetProperty("email").GetString().ShouldBe(user.Email);
        info.GetProperty("name").GetString().ShouldBe("Uma Renamed");
        info.GetProperty("role").EnumerateArray().Select(r => r.GetString()).ShouldContain("guest");

        var narrow = (await host.CreateClient().PasswordGrantAsync(user.Email, user.Password, "openid")).ShouldSucceed();
        using var onlySub = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo") { Headers = { Authorization = new("Bearer", narrow.AccessToken) } };
        var minimal = await (await host.CreateClient().SendAsync(onlySub)).Content.ReadFromJsonAsync<JsonElement>();
        minimal.GetProperty("sub").GetString().ShouldBe(user.Id.ToString());
        minimal.TryGetProperty("email", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Userinfo_without_a_token_is_401()
    {
        using var response = await host.CreateClient().GetAsync("/connect/userinfo");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task End_session_signs_the_browser_out_and_returns_to_the_registered_uri_only()
    {
        var user = await host.CreateUserAsync();
        var flow = SignInFlow.Start(host);
        var toLogin = await flow.RedirectFromAsync(flow.AuthorizeUrl(provider: null));
        var html = await (await flow.Browser.GetAsync(toLogin.OriginalString)).Content.ReadAsStringAsync();
        var returnUrl = QueryHelpers.ParseQuery(toLogin.OriginalString[toLogin.OriginalString.IndexOf('?', StringComparison.Ordinal)..])["returnUrl"].ToString();
        using var signedIn = await FacebookAndPasswordFlowTests.PostLoginAsync(flow, html, user.Email, user.Password, returnUrl);
        (await flow.FollowToAppAsync(signedIn.Headers.Location!)).ShouldNotBeNullOrEmpty();

        using var foreign = await flow.Browser.GetAsync($"/connect/endsession?client_id={TokenClient.ClientId}&post_logout_redirect_uri={Uri.EscapeDataString("https://evil.example/")}");
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var signOut = await flow.Browser.GetAsync($"/connect/endsession?client_id={TokenClient.ClientId}&post_logout_redirect_uri={Uri.EscapeDataString(SignedOutUri)}&state=bye");
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signOut.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe(SignedOutUri);
        QueryHelpers.ParseQuery(signOut.Headers.Location.Query)["state"].ToString().ShouldBe("bye");

        // The session is gone: the next authorization asks for credentials again instead of issuing a code.
        (await flow.RedirectFromAsync(flow.AuthorizeUrl(provider: null))).OriginalString.ShouldStartWith("/account/login?returnUrl=");
    }
}
