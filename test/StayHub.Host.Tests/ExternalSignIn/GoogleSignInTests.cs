using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using StayHub.Framework.Testing;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.ExternalSignIn;

public sealed class GoogleSignInTests(ExternalProvidersHost host) : IClassFixture<ExternalProvidersHost>
{
    [Fact]
    public async Task A_new_person_signs_in_with_google_and_the_app_gets_tokens_through_code_and_pkce()
    {
        var email = $"g-{Guid.NewGuid():N}@gmail.test";
        var code = "code" + Guid.NewGuid().ToString("N");
        host.GivenUser("google", code, new { sub = "g-" + code, email, email_verified = true, name = "Gwen Google" });
        var flow = SignInFlow.Start(host);

        var atProvider = await flow.GoToProviderAsync("google");
        atProvider.Url.GetLeftPart(UriPartial.Path).ShouldBe(host.Provider.Url + "/google/authorize");
        atProvider.ClientId.ShouldBe("google-client");
        atProvider.State.ShouldNotBeNullOrEmpty();
        atProvider.CodeChallenge.ShouldNotBeNullOrEmpty("StayHub uses PKCE with the provider too");

        using var callback = await flow.ReturnFromProviderAsync(atProvider, $"code={code}&state={Uri.EscapeDataString(atProvider.State)}");
        callback.StatusCode.ShouldBe(HttpStatusCode.Redirect, await callback.Content.ReadAsStringAsync());
        var appCode = await flow.FollowToAppAsync(callback.Headers.Location!);

        var tokens = (await flow.RedeemAsync(appCode)).ShouldSucceed();
        tokens.RefreshToken.ShouldNotBeNullOrEmpty();

        // The handler redeemed the code at the provider with the secret and the verifier matching its challenge.
        var exchange = host.TokenRequestFor("google", code);
        exchange["client_secret"].ShouldBe(ExternalProvidersHost.GoogleSecret);
        Base64UrlTextEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(exchange["code_verifier"]))).ShouldBe(atProvider.CodeChallenge);

        using var api = host.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        var profile = await (await api.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>();
        profile.Email.ShouldBe(email);
        profile.DisplayName.ShouldBe("Gwen Google");
        profile.Roles.ShouldBe([Roles.Guest]);
        (await host.ScalarAsync<bool>("select email_confirmed from identity.users where id = @id", ("id", profile.Id))).ShouldBeTrue();
        (await host.ScalarAsync<long>("select count(*) from identity.user_logins where user_id = @id and login_provider = 'google'", ("id", profile.Id))).ShouldBe(1L);
    }

    [Fact]
    public async Task Signing_in_again_reuses_the_linked_account()
    {
        var email = $"again-{Guid.NewGuid():N}@gmail.test";
        var sub = "g-" + Guid.NewGuid().ToString("N");
        var first = "code" + Guid.NewGuid().ToString("N");
        var second = "code" + Guid.NewGuid().ToString("N");
        host.GivenUser("google", first, new { sub, email, email_verified = true, name = "Ana" });
        host.GivenUser("google", second, new { sub, email, email_verified = true, name = "Ana" });

        await SignInAsync(first);
        await SignInAsync(second);

        (await host.ScalarAsync<long>("select count(*) from identity.users where normalized_email = upper(@e)", ("e", email))).ShouldBe(1L);
    }

    [Fact]
    public async Task A_verified_google_email_links_to_a_confirmed_password_account_which_keeps_its_password()
    {
        var (user, _) = await RegisterAsync(confirmed: true);
        var code = "code" + Guid.NewGuid().ToString("N");
        host.GivenUser("google", code, new { sub = "g-" + code, email = user.Email, email_verified = true, name = "Same Person" });

        var tokens = await SignInAsync(code);

        (await SubjectOfAsync(tokens)).ShouldBe(user.Id.ToString());
        (await host.CreateClient().PasswordGrantAsync(user.Email, Password)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Linking_to_an_unconfirmed_account_removes_the_password_of_whoever_registered_it()
    {
        var (user, _) = await RegisterAsync(confirmed: false);
        var code = "code" + Guid.NewGuid().ToString("N");
        host.GivenUser("google", code, new { sub = "g-" + code, email = user.Email, email_verified = true, name = "Real Owner" });

        var tokens = await SignInAsync(code);

        (await SubjectOfAsync(tokens)).ShouldBe(user.Id.ToString());
        (await host.CreateClient().PasswordGrantAsync(user.Email, Password)).Error.ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task An_unverified_google_email_never_links_to_an_existing_account()
    {
        var (user, _) = await RegisterAsync(confirmed: true);
        var code = "code" + Guid.NewGuid().ToString("N");
        host.GivenUser("google", code, new { sub = "g-" + code, email = user.Email, email_verified = false, name = "Impostor" });
        var flow = SignInFlow.Start(host);
        var atProvider = await flow.GoToProviderAsync("google");

        using var callback = await flow.ReturnFromProviderAsync(atProvider, $"code={code}&state={Uri.EscapeDataString(atProvider.State)}");
        using var completed = await flow.Browser.GetAsync(callback.Headers.Location!.OriginalString);

        await completed.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.ExternalEmailUnverified);
        (await host.ScalarAsync<long>("select count(*) from identity.user_logins where user_id = @id", ("id", user.Id))).ShouldBe(0L);
    }

    [Fact]
    public async Task A_tampered_state_is_refused_and_creates_nobody()
    {
        var email = $"tamper-{Guid.NewGuid():N}@gmail.test";
        var code = "code" + Guid.NewGuid().ToString("N");
        host.GivenUser("google", code, new { sub = "g-" + code, email, email_verified = true, name = "T" });
        var flow = SignInFlow.Start(host);
        var atProvider = await flow.GoToProviderAsync("google");

        using var callback = await flow.ReturnFromProviderAsync(atProvider, $"code={code}&state={Uri.EscapeDataString(atProvider.State[..^4] + "AAAA")}");

        await callback.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.ExternalLoginFailed);
        host.Provider.LogEntries.ShouldNotContain(e => (e.RequestMessage.Body ?? string.Empty).Contains(code, StringComparison.Ordinal), "no code exchange after a bad state");
        (await host.ScalarAsync<long>("select count(*) from identity.users where normalized_email = upper(@e)", ("e", email))).ShouldBe(0L);
    }

    [Fact]
    public async Task Denied_consent_ends_in_a_clear_error()
    {
        var flow = SignInFlow.Start(host);
        var atProvider = await flow.GoToProviderAsync("google");

        using var callback = await flow.ReturnFromProviderAsync(atProvider, $"error=access_denied&state={Uri.EscapeDataString(atProvider.State)}");

        await callback.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.ExternalLoginDenied);
    }

    [Fact]
    public async Task A_provider_failure_during_the_code_exchange_creates_nobody()
    {
        var code = "code" + Guid.NewGuid().ToString("N");
        host.GivenTokenEndpointFails("google", code);
        var flow = SignInFlow.Start(host);
        var atProvider = await flow.GoToProviderAsync("google");
        var users = await host.ScalarAsync<long>("select count(*) from identity.users");

        using var callback = await flow.ReturnFromProviderAsync(atProvider, $"code={code}&state={Uri.EscapeDataString(atProvider.State)}");

        await callback.ShouldBeProblemAsync(HttpStatusCode.BadGateway, IdentityErrorCodes.ExternalProviderError);
        (await host.ScalarAsync<long>("select count(*) from identity.users")).ShouldBe(users);
    }

    [Fact]
    public async Task Unknown_providers_and_foreign_return_urls_are_refused()
    {
        var browser = SignInFlow.Start(host).Browser;
        await (await browser.GetAsync("/api/account/external/myspace?returnUrl=%2F")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        var problem = await (await browser.GetAsync("/api/account/external/google?returnUrl=https%3A%2F%2Fevil.test%2F")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.Errors.ShouldContainKey("returnUrl");
        await (await browser.GetAsync("/api/account/external/google?returnUrl=%2F%2Fevil.test")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    private const string Password = "Blue-Harbour-Lights-88";

    private async Task<(ProfileDto User, HttpClient Client)> RegisterAsync(bool confirmed)
    {
        var client = host.CreateClient();
        var email = $"p-{Guid.NewGuid():N}@gmail.test";
        var user = await (await client.PostJsonAsync("/api/account/register", new RegisterRequest(email, Password, "Pat")))
            .ShouldBeJsonAsync<ProfileDto>(HttpStatusCode.Created);
        if (confirmed)
        {
            await host.ScalarAsync<int>("update identity.users set email_confirmed = true where id = @id returning 1", ("id", user.Id));
        }

        return (user, client);
    }

    private async Task<TokenResponse> SignInAsync(string code)
    {
        var flow = SignInFlow.Start(host);
        var atProvider = await flow.GoToProviderAsync("google");
        using var callback = await flow.ReturnFromProviderAsync(atProvider, $"code={code}&state={Uri.EscapeDataString(atProvider.State)}");
        callback.StatusCode.ShouldBe(HttpStatusCode.Redirect, await callback.Content.ReadAsStringAsync());
        return (await flow.RedeemAsync(await flow.FollowToAppAsync(callback.Headers.Location!))).ShouldSucceed();
    }

    private async Task<string?> SubjectOfAsync(TokenResponse tokens)
    {
        using var api = host.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return (await (await api.GetAsync("/api/account/me")).ShouldBeJsonAsync<ProfileDto>()).Id.ToString();
    }
}
