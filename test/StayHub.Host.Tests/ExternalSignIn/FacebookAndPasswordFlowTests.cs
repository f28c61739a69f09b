using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using StayHub.Framework.Testing;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.ExternalSignIn;

public sealed partial class FacebookAndPasswordFlowTests(ExternalProvidersHost host) : IClassFixture<ExternalProvidersHost>
{
    [Fact]
    public async Task A_new_person_signs_in_with_facebook_through_the_generic_oauth_handler()
    {
        var email = $"f-{Guid.NewGuid():N}@facebook.test";
        var code = "code" + Guid.NewGuid().ToString("N");
        host.GivenUser("facebook", code, new { id = "fb-" + code, name = "Fiona Facebook", email });
        var flow = SignInFlow.Start(host);

        var atProvider = await flow.GoToProviderAsync("facebook");
        atProvider.ClientId.ShouldBe("facebook-client");
        using var callback = await flow.ReturnFromProviderAsync(atProvider, $"code={code}&state={Uri.EscapeDataString(atProvider.State)}");
        callback.StatusCode.ShouldBe(HttpStatusCode.Redirect, await callback.Content.ReadAsStringAsync());
        var tokens = (await flow.RedeemAsync(await flow.FollowToAppAsync(callback.Headers.Location!))).ShouldSucceed();

        using var api = host.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        var profile = await (await api.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>();
        profile.Email.ShouldBe(email);
        profile.DisplayName.ShouldBe("Fiona Facebook");
        // Facebook does not vouch for emails (TrustEmail off): the account starts unconfirmed.
        (await host.ScalarAsync<bool>("select email_confirmed from identity.users where id = @id", ("id", profile.Id))).ShouldBeFalse();

        var me = host.Provider.LogEntries.Last(e => e.RequestMessage.Path == "/facebook/me" && e.RequestMessage.Headers!["Authorization"].Contains("Bearer at-" + code));
        var query = QueryHelpers.ParseQuery(new Uri(me.RequestMessage.Url).Query);
        query["fields"].ToString().ShouldBe("id,name,email");
        var expectedProof = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ExternalProvidersHost.FacebookSecret), Encoding.UTF8.GetBytes("at-" + code)));
        query["appsecret_proof"].ToString().ShouldBe(expectedProof);
    }

    [Fact]
    public async Task A_facebook_email_matching_an_existing_account_is_not_linked()
    {
        var email = $"fx-{Guid.NewGuid():N}@facebook.test";
        await (await host.CreateClient().PostJsonAsync("/api/account/register", new RegisterRequest(email, "Blue-Harbour-Lights-88", "Owner")))
            .ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        var code = "code" + Guid.NewGuid().ToString("N");
        host.GivenUser("facebook", code, new { id = "fb-" + code, name = "Someone", email });
        var flow = SignInFlow.Start(host);
        var atProvider = await flow.GoToProviderAsync("facebook");

        using var callback = await flow.ReturnFromProviderAsync(atProvider, $"code={code}&state={Uri.EscapeDataString(atProvider.State)}");
        using var completed = await flow.Browser.GetAsync(callback.Headers.Location!.OriginalString);

        await completed.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.ExternalEmailUnverified);
    }

    [Fact]
    public async Task Without_a_provider_the_browser_signs_in_on_the_password_page_and_the_app_redeems_the_code_with_pkce()
    {
        var email = $"page-{Guid.NewGuid():N}@example.test";
        const string password = "Blue-Harbour-Lights-88";
        await (await host.CreateClient().PostJsonAsync("/api/account/register", new RegisterRequest(email, password, "Paula")))
            .ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        var flow = SignInFlow.Start(host);

        var toLogin = await flow.RedirectFromAsync(flow.AuthorizeUrl(provider: null));
        toLogin.OriginalString.ShouldStartWith("/account/login?returnUrl=");
        using var page = await flow.Browser.GetAsync(toLogin.OriginalString);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("Continue with google");
        var returnUrl = QueryHelpers.ParseQuery(toLogin.OriginalString[toLogin.OriginalString.IndexOf('?', StringComparison.Ordinal)..])["returnUrl"].ToString();

        // A wrong password re-renders the page; nothing is signed in.
        using var wrong = await PostLoginAsync(flow, html, email, "Not-The-Password-1", returnUrl);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var right = await PostLoginAsync(flow, html, email, password, returnUrl);
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var code = await flow.FollowToAppAsync(right.Headers.Location!);

        (await flow.RedeemAsync(code, verifier: flow.Verifier[..^2] + "xx")).Error.ShouldBe("invalid_grant", "a wrong PKCE verifier");
        (await flow.RedeemAsync(code)).ShouldSucceed();
        (await flow.RedeemAsync(code)).Error.ShouldBe("invalid_grant", "a code is single-use");

        // The browser session now answers the next authorization at once, without the sign-in page.
        var again = await flow.FollowToAppAsync(await flow.RedirectFromAsync(flow.AuthorizeUrl(provider: null)));
        (await flow.RedeemAsync(again)).ShouldSucceed();
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/a\\..\\\\evil.example")]
    [InlineData("/\r\nSet-Cookie: x=1")]
    [InlineData("//evil.example")]
    public async Task A_return_url_a_browser_would_read_as_another_host_sends_the_user_home_instead(string returnUrl)
    {
        var email = $"redirect-{Guid.NewGuid():N}@example.test";
        const string password = "Blue-Harbour-Lights-88";
        await (await host.CreateClient().PostJsonAsync("/api/account/register", new RegisterRequest(email, password, "Rita")))
            .ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        var flow = SignInFlow.Start(host);
        using var page = await flow.Browser.GetAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("name=\"returnUrl\" value=\"/\"");

        using var signedIn = await PostLoginAsync(flow, html, email, password, returnUrl);

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.OriginalString.ShouldBe("/");
        (await flow.Browser.GetAsync("/api/account/external/google?returnUrl=" + Uri.EscapeDataString(returnUrl)))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_login_form_requires_its_antiforgery_token()
    {
        var flow = SignInFlow.Start(host);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "x@y.test", ["password"] = "whatever-123", ["returnUrl"] = "/" });
        using var response = await flow.Browser.PostAsync("/account/login", content);
        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        response.Headers.Location.ShouldBeNull();
    }

    internal static async Task<HttpResponseMessage> PostLoginAsync(SignInFlow flow, string html, string email, string password, string returnUrl)
    {
        var token = AntiforgeryField().Match(html);
        token.Success.ShouldBeTrue(html);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [WebUtility.HtmlDecode(token.Groups["name"].Value)] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        });
        return await flow.Browser.PostAsync("/account/login", content);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex AntiforgeryField();
}
