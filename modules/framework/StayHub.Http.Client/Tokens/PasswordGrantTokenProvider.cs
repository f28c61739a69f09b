using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StayHub.Http.Client;

/// <summary>
/// Obtains access tokens from StayHub's <c>/connect/token</c> with the OAuth password grant (first-party apps) and keeps
/// them fresh with the refresh-token grant shortly before they expire. Refresh tokens rotate: each refresh answers a new
/// one and the old one is dead at once (presenting it again revokes the whole sign-in), so exactly one refresh may be in
/// flight at a time, its answer is always stored even when the caller that started it gave up, and a refresh grant is
/// never re-sent blindly. Safe to share between any number of concurrent calls.
/// </summary>
public sealed class PasswordGrantTokenProvider : IAccessTokenProvider, IDisposable
{
    /// <summary>The public client StayHub registers for first-party apps.</summary>
    public const string ClientId = "stayhub-app";

    /// <summary>Scopes asked for: <c>offline_access</c> is what yields a refresh token.</summary>
    public const string Scope = "openid offline_access";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    private readonly Func<HttpClient> http;
    private readonly bool ownsClients;
    private readonly string userName;
    private readonly string password;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile TokenState? state;
    private Task<TokenState>? pending;

    /// <summary>Creates a provider that signs in as <paramref name="userName"/> on first use, through one given client.</summary>
    /// <param name="http">A client whose <see cref="HttpClient.BaseAddress"/> is the API's root (the caller keeps owning it).</param>
    /// <param name="userName">Email of the account.</param>
    /// <param name="password">Its password.</param>
    /// <param name="time">Clock deciding when a token is due for refresh.</param>
    public PasswordGrantTokenProvider(HttpClient http, string userName, string password, TimeProvider? time = null)
        : this(() => http, ownsClients: false, userName, password, time)
    {
        ArgumentNullException.ThrowIfNull(http);
    }

    /// <summary>
    /// Creates a provider that takes a client from <paramref name="clients"/> for each token request (the
    /// <see cref="StayHubClientNames.Tokens"/> client), so it follows the factory's handler rotation (DNS changes).
    /// </summary>
    /// <param name="clients">The factory the StayHub client registered its token client in.</param>
    /// <param name="userName">Email of the account.</param>
    /// <param name="password">Its password.</param>
    /// <param name="time">Clock deciding when a token is due for refresh.</param>
    public PasswordGrantTokenProvider(IHttpClientFactory clients, string userName, string password, TimeProvider? time = null)
        : this(() => clients.CreateClient(StayHubClientNames.Tokens), ownsClients: true, userName, password, time)
    {
        ArgumentNullException.ThrowIfNull(clients);
    }

    private PasswordGrantTokenProvider(Func<HttpClient> http, bool ownsClients, string userName, string password, TimeProvider? time)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentException.ThrowIfNullOrEmpty(password);
        this.http = http;
        this.ownsClients = ownsClients;
        this.userName = userName;
        this.password = password;
        this.time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var current = state;
        if (IsFresh(current))
        {
            return current!.AccessToken;
        }

        Task<TokenState> refresh;
        await gate.WaitAsync(cancellationToken);
        try
        {
            current = state;
            if (IsFresh(current))
            {
                return current!.AccessToken;
            }

            // Every caller that finds the token stale joins the one request already under way.
            refresh = pending ??= RenewAsync(current);
        }
        finally
        {
            gate.Release();
        }

        // The caller may stop waiting; the renewal itself runs on, so a rotated refresh token is never lost.
        return (await refresh.WaitAsync(cancellationToken)).AccessToken;
    }

    /// <inheritdoc />
    public async ValueTask RejectAsync(string accessToken, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Only the token that failed is dropped: another caller may already have renewed it. The refresh token stays.
            if (state is { } current && current.AccessToken == accessToken)
            {
                state = current with { RefreshAt = DateTimeOffset.MinValue };
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();

    private bool IsFresh(TokenState? token) => token is not null && time.GetUtcNow() < token.RefreshAt;

    private async Task<TokenState> RenewAsync(TokenState? stale)
    {
        try
        {
            TokenState renewed;
            if (stale?.RefreshToken is { } refreshToken)
            {
                try
                {
                    renewed = await RequestAsync(new Dictionary<string, string>
                    {
                        ["grant_type"] = "refresh_token",
                        ["client_id"] = ClientId,
                        ["refresh_token"] = refreshToken,
                    }, stale.RefreshToken);
                }
                catch (StayHubRemoteException e) when (e.Code == "invalid_grant")
                {
                    // The sign-in ended (expired, revoked, or the account's sessions were closed): sign in afresh.
                    renewed = await PasswordGrantAsync();
                }
            }
            else
            {
                renewed = await PasswordGrantAsync();
            }

            state = renewed;
            return renewed;
        }
        finally
        {
            // Cleared under the gate, so no caller can pick up a finished (possibly failed) renewal after this.
            await gate.WaitAsync(CancellationToken.None);
            pending = null;
            gate.Release();
        }
    }

    private Task<TokenState> PasswordGrantAsync() => RequestAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["client_id"] = ClientId,
        ["username"] = userName,
        ["password"] = password,
        ["scope"] = Scope,
    }, previousRefreshToken: null);

    private async Task<TokenState> RequestAsync(Dictionary<string, string> form, string? previousRefreshToken)
    {
        using var content = new FormUrlEncodedContent(form);
        // No caller's cancellation token: an answer the server has produced (a rotated refresh token) must be read and kept.
        var client = http();
        using var owned = ownsClients ? client : null;
        using var response = await client.PostAsync(new Uri("connect/token", UriKind.Relative), content, CancellationToken.None);
        if (!response.IsSuccessStatusCode)
        {
            var error = await ReadErrorAsync(response);
            throw new StayHubRemoteException((int)response.StatusCode, error?.Error ?? $"http.{(int)response.StatusCode}",
                error?.Error, error?.ErrorDescription, null, new Dictionary<string, string[]>());
        }

        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(CancellationToken.None)
            ?? throw new InvalidOperationException("/connect/token answered an empty body.");
        if (string.IsNullOrEmpty(answer.AccessToken))
        {
            throw new InvalidOperationException("/connect/token answered no access_token.");
        }

        var lifetime = TimeSpan.FromSeconds(Math.Max(answer.ExpiresIn ?? 300, 1));
        var margin = lifetime / 4 < RefreshMargin ? lifetime / 4 : RefreshMargin;
        return new TokenState(answer.AccessToken, time.GetUtcNow() + lifetime - margin, answer.RefreshToken ?? previousRefreshToken);
    }

    private static async Task<TokenAnswer?> ReadErrorAsync(HttpResponseMessage response)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TokenAnswer>(CancellationToken.None);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record TokenState(string AccessToken, DateTimeOffset RefreshAt, string? RefreshToken);

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn,
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}
