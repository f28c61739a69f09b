using System.Net.Http.Json;
using System.Text.Json;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.OpenApi;

/// <summary>The OpenAPI document tells Scalar and Postman how to fetch a token, and which operations need one.</summary>
[Collection(HostCollection.Name)]
public sealed class OpenApiSecurityTests(HostFixture host)
{
    [Fact]
    public async Task The_oauth2_scheme_describes_the_password_and_code_flows_of_our_own_server()
    {
        var document = await host.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var oauth = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("OAuth2");
        oauth.GetProperty("type").GetString().ShouldBe("oauth2");
        var flows = oauth.GetProperty("flows");
        flows.GetProperty("password").GetProperty("tokenUrl").GetString().ShouldBe("/connect/token");
        flows.GetProperty("authorizationCode").GetProperty("authorizationUrl").GetString().ShouldBe("/connect/authorize");
        flows.GetProperty("authorizationCode").GetProperty("tokenUrl").GetString().ShouldBe("/connect/token");
        flows.GetProperty("password").GetProperty("scopes").TryGetProperty("offline_access", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Operations_that_can_answer_401_require_a_token_and_public_ones_do_not()
    {
        var document = await host.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        var me = paths.GetProperty("/api/account/me").GetProperty("get");
        me.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ShouldBe(["OAuth2", "Bearer"]);
        paths.GetProperty("/api/amenities").GetProperty("get").TryGetProperty("security", out _).ShouldBeFalse();
    }
}
