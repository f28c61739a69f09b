using System.Text.Json;
using StayHub.Framework.Testing;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace StayHub.Host.Tests.ExternalSignIn;

/// <summary>
/// A host whose Google and Facebook endpoints point at a WireMock stand-in on loopback, so ASP.NET's real
/// OAuth handlers run the whole exchange (state, correlation cookie, PKCE, code, user info) over HTTP.
/// </summary>
public sealed class ExternalProvidersHost : StayHubAppFactory<Program>
{
    public const string GoogleSecret = "google-test-secret";
    public const string FacebookSecret = "facebook-test-secret";

    public WireMockServer Provider { get; } = WireMockServer.Start();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Authentication:Google:ClientId"] = "google-client",
        ["Authentication:Google:ClientSecret"] = GoogleSecret,
        ["Authentication:Google:AuthorizationEndpoint"] = Provider.Url + "/google/authorize",
        ["Authentication:Google:TokenEndpoint"] = Provider.Url + "/google/token",
        ["Authentication:Google:UserInformationEndpoint"] = Provider.Url + "/google/userinfo",
        ["Authentication:Facebook:ClientId"] = "facebook-client",
        ["Authentication:Facebook:ClientSecret"] = FacebookSecret,
        ["Authentication:Facebook:AuthorizationEndpoint"] = Provider.Url + "/facebook/authorize",
        ["Authentication:Facebook:TokenEndpoint"] = Provider.Url + "/facebook/token",
        ["Authentication:Facebook:UserInformationEndpoint"] = Provider.Url + "/facebook/me",
        ["Identity:Clients:StayHubApp:RedirectUris:0"] = SignInFlow.AppRedirectUri,
    };

    /// <summary>The provider exchanges <paramref name="code"/> for a token that reads back <paramref name="profile"/>.</summary>
    public void GivenUser(string provider, string code, object profile)
    {
        var accessToken = "at-" + code;
        Provider.Given(Request.Create().WithPath($"/{provider}/token").UsingPost()
                .WithBody(new RegexMatcher($"(^|&)code={code}(&|$)")))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(JsonSerializer.Serialize(new { access_token = accessToken, token_type = "Bearer", expires_in = 3600 })));
        var userInfo = provider == "google" ? "/google/userinfo" : "/facebook/me";
        Provider.Given(Request.Create().WithPath(userInfo).UsingGet().WithHeader("Authorization", "Bearer " + accessToken))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(JsonSerializer.Serialize(profile)));
    }

    /// <summary>The provider's token endpoint fails for <paramref name="code"/>.</summary>
    public void GivenTokenEndpointFails(string provider, string code) =>
        Provider.Given(Request.Create().WithPath($"/{provider}/token").UsingPost().WithBody(new RegexMatcher($"(^|&)code={code}(&|$)")))
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("{\"error\":\"server_error\"}"));

    /// <summary>The form body of the token request the handler sent for <paramref name="code"/>.</summary>
    public IReadOnlyDictionary<string, string> TokenRequestFor(string provider, string code)
    {
        var entry = Provider.LogEntries.Last(e => e.RequestMessage.Path == $"/{provider}/token"
            && (e.RequestMessage.Body ?? string.Empty).Contains("code=" + code, StringComparison.Ordinal));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(entry.RequestMessage.Body)
            .ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    public override async ValueTask DisposeAsync()
    {
        Provider.Stop();
        Provider.Dispose();
        await base.DisposeAsync();
    }
}
