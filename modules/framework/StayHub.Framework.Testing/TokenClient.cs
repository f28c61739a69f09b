using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Shouldly;

namespace StayHub.Framework.Testing;

/// <summary>The answer of <c>POST /connect/token</c>, success or OAuth error.</summary>
public sealed record TokenResponse(HttpStatusCode Status, string? AccessToken, string? RefreshToken, string? Error, string? ErrorDescription)
{
    public TokenResponse ShouldSucceed()
    {
        Status.ShouldBe(HttpStatusCode.OK, $"{Error}: {ErrorDescription}");
        AccessToken.ShouldNotBeNullOrWhiteSpace();
        return this;
    }
}

public static class TokenClient
{
    public const string ClientId = "stayhub-app";

    public static Task<TokenResponse> PasswordGrantAsync(this HttpClient client, string email, string password, string scope = "openid offline_access") =>
        RequestAsync(client, new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = ClientId,
            ["username"] = email,
            ["password"] = password,
            ["scope"] = scope,
        });

    public static Task<TokenResponse> RefreshGrantAsync(this HttpClient client, string refreshToken) =>
        RequestAsync(client, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = ClientId,
            ["refresh_token"] = refreshToken,
        });

    /// <summary>Signs in and returns a client that sends the access token.</summary>
    public static async Task<HttpClient> AuthenticateAsync(this HttpClient client, string email, string password)
    {
        var token = (await client.PasswordGrantAsync(email, password)).ShouldSucceed();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    private static async Task<TokenResponse> RequestAsync(HttpClient client, Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync("/connect/token", content);
        var raw = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(raw);
        var root = document.RootElement;
        string? Read(string name) => root.TryGetProperty(name, out var value) ? value.GetString() : null;
        return new TokenResponse(response.StatusCode, Read("access_token"), Read("refresh_token"), Read("error"), Read("error_description"));
    }
}
