using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.Security;

/// <summary>The issuer comes from configuration, not from whatever Host header a caller sends.</summary>
public sealed class IssuerTests(ConfiguredIssuerHost host) : IClassFixture<ConfiguredIssuerHost>
{
    [Fact]
    public async Task Discovery_names_the_configured_issuer()
    {
        using var response = await host.CreateClient().GetAsync("/.well-known/openid-configuration");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var discovery = await response.Content.ReadFromJsonAsync<JsonElement>();
        discovery.GetProperty("issuer").GetString().ShouldBe(ConfiguredIssuerHost.Issuer);
    }

    [Fact]
    public async Task A_request_naming_another_host_is_refused_before_anything_echoes_that_name()
    {
        // OpenIddict builds the discovery document's endpoint URLs from the request, so the host names the node
        // answers to are pinned with AllowedHosts.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Host = "evil.example";

        using var response = await host.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("evil.example");
    }

    [Fact]
    public async Task Tokens_carry_the_configured_issuer_and_are_accepted()
    {
        var client = host.CreateClient();
        var email = $"issuer-{Guid.NewGuid():N}@example.test";
        await (await client.PostJsonAsync("/api/account/register", new { email, password = "Blue-Harbour-Lights-88", displayName = "Ida" })).ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);
        var token = (await client.PasswordGrantAsync(email, "Blue-Harbour-Lights-88")).ShouldSucceed();

        new JsonWebToken(token.AccessToken).Issuer.ShouldBe(ConfiguredIssuerHost.Issuer);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
