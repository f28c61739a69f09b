using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.ExternalSignIn;

/// <summary>
/// Drives the browser side of authorization code + PKCE as an app would: each redirect is followed by
/// hand so the test can stand in for the provider and check every hop.
/// </summary>
public sealed class SignInFlow
{
    public const string AppRedirectUri = "http://localhost:3000/auth/callback";

    private SignInFlow(HttpClient browser, string verifier, string challenge)
    {
        Browser = browser;
        Verifier = verifier;
        Challenge = challenge;
    }

    public HttpClient Browser { get; }

    public string Verifier { get; }

    public string Challenge { get; }

    public static SignInFlow Start(StayHubAppFactory<Program> host)
    {
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var verifier = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlTextEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return new SignInFlow(browser, verifier, challenge);
    }

    public string AuthorizeUrl(string? provider) =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = TokenClient.ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = AppRedirectUri,
            ["scope"] = "openid offline_access",
            ["code_challenge"] = Challenge,
            ["code_challenge_method"] = "S256",
            ["state"] = "app-state-1",
            ["provider"] = provider,
        });

    /// <summary>GET that must answer with a redirect; returns its target.</summary>
    public async Task<Uri> RedirectFromAsync(string url)
    {
        using var response = await Browser.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBeOneOf([HttpStatusCode.Redirect, HttpStatusCode.Found], $"{url} → {body}");
        return response.Headers.Location!;
    }

    /// <summary>Follows the app's start up to the provider's authorization URL.</summary>
    public async Task<ProviderRequest> GoToProviderAsync(string provider)
    {
        var toExternal = await RedirectFromAsync(AuthorizeUrl(provider));
        toExternal.OriginalString.ShouldStartWith($"/api/account/external/{provider}?returnUrl=");
        var toProvider = await RedirectFromAsync(toExternal.OriginalString);
        var query = QueryHelpers.ParseQuery(toProvider.Query);
        return new ProviderRequest(toProvider, query["state"].ToString(), query["redirect_uri"].ToString(), query["code_challenge"].ToString(), query["client_id"].ToString());
    }

    /// <summary>Plays the provider sending the browser back with a code, then follows StayHub to the app's redirect URI.</summary>
    public async Task<HttpResponseMessage> ReturnFromProviderAsync(ProviderRequest request, string query) =>
        await Browser.GetAsync(new Uri(request.RedirectUri).PathAndQuery.Split('?')[0] + "?" + query);

    /// <summary>Follows redirects inside StayHub until the browser is sent to the app; returns the code.</summary>
    public async Task<string> FollowToAppAsync(Uri next)
    {
        for (var hop = 0; hop < 5; hop++)
        {
            if (next.IsAbsoluteUri && next.GetLeftPart(UriPartial.Path) == AppRedirectUri)
            {
                var query = QueryHelpers.ParseQuery(next.Query);
                query["state"].ToString().ShouldBe("app-state-1");
                return query["code"].ToString();
            }

            next = await RedirectFromAsync(next.IsAbsoluteUri ? next.PathAndQuery : next.OriginalString);
        }

        throw new ShouldAssertException("The flow never reached the app's redirect URI.");
    }

    public async Task<TokenResponse> RedeemAsync(string code, string? verifier = null)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = TokenClient.ClientId,
            ["code"] = code,
            ["redirect_uri"] = AppRedirectUri,
            ["code_verifier"] = verifier ?? Verifier,
        });
        using var response = await Browser.PostAsync("/connect/token", content);
        var raw = await response.Content.ReadAsStringAsync();
        using var json = System.Text.Json.JsonDocument.Parse(raw);
        string? Read(string name) => json.RootElement.TryGetProperty(name, out var v) ? v.GetString() : null;
        return new TokenResponse(response.StatusCode, Read("access_token"), Read("refresh_token"), Read("error"), Read("error_description"));
    }
}

public sealed record ProviderRequest(Uri Url, string State, string RedirectUri, string CodeChallenge, string ClientId);
