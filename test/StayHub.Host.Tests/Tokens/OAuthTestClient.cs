using System.Net;
using System.Text;
using System.Text.Json;

namespace StayHub.Host.Tests.Tokens;

/// <summary>A raw OAuth endpoint answer: the status and the JSON body (empty object when there is none).</summary>
public sealed record OAuthResponse(HttpStatusCode Status, JsonElement Body, string Raw)
{
    public string? Error => Read("error");

    public string? ErrorDescription => Read("error_description");

    public string? AccessToken => Read("access_token");

    public string? RefreshToken => Read("refresh_token");

    public string? Read(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

/// <summary>Form posts to the token and revocation endpoints, and a JWT reader, for the token tests.</summary>
public static class OAuthTestClient
{
    public const string ClientId = "stayhub-app";

    public static async Task<OAuthResponse> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        var raw = await response.Content.ReadAsStringAsync();
        return new OAuthResponse(response.StatusCode, ParseJson(string.IsNullOrWhiteSpace(raw) ? "{}" : raw), raw);
    }

    public static Task<OAuthResponse> TokenAsync(this HttpClient client, IDictionary<string, string> form) =>
        client.PostFormAsync("/connect/token", form);

    public static Task<OAuthResponse> PasswordAsync(this HttpClient client, string email, string password, string scope = "openid offline_access") =>
        client.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = ClientId,
            ["username"] = email,
            ["password"] = password,
            ["scope"] = scope,
        });

    public static Task<OAuthResponse> RevokeAsync(this HttpClient client, string token, string hint = "refresh_token") =>
        client.PostFormAsync("/connect/revoke", new Dictionary<string, string>
        {
            ["token"] = token,
            ["token_type_hint"] = hint,
            ["client_id"] = ClientId,
        });

    public static JsonElement ParseJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>The access token the client currently sends.</summary>
    public static string BearerToken(this HttpClient client) =>
        client.DefaultRequestHeaders.Authorization?.Parameter ?? throw new InvalidOperationException("The client sends no bearer token.");

    /// <summary>A client (of the same host) that sends the given access token.</summary>
    public static HttpClient WithBearer(this HttpClient client, string accessToken)
    {
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}

/// <summary>Reads a compact JWS without validating it: the tests check what the server put in it.</summary>
public sealed record Jwt(JsonElement Header, JsonElement Payload)
{
    public static Jwt Decode(string token)
    {
        var parts = token.Split('.');
        parts.Length.ShouldBe(3, $"a JWS has three dot-separated parts: {token}");
        return new Jwt(DecodePart(parts[0]), DecodePart(parts[1]));
    }

    public string? Subject => Payload.TryGetProperty("sub", out var sub) ? sub.GetString() : null;

    /// <summary>The <c>role</c> claim: a string for one role, an array for several.</summary>
    public IReadOnlyList<string> Roles => !Payload.TryGetProperty("role", out var role)
        ? []
        : role.ValueKind == JsonValueKind.Array
            ? [.. role.EnumerateArray().Select(r => r.GetString()!)]
            : [role.GetString()!];

    private static JsonElement DecodePart(string part)
    {
        var base64 = part.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        return OAuthTestClient.ParseJson(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
    }
}
