using System.Text.Json;

namespace StayHub.Http.Client;

/// <summary>Where the StayHub API is, who calls it and how hard the client tries: set in <c>AddStayHubClient(o => …)</c>.</summary>
public sealed class StayHubClientOptions
{
    /// <summary>The API's root (<c>http://localhost:5080</c>); routes are appended to it. Required.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// How the caller signs in: <see cref="StayHubTokens.Password"/>, <see cref="StayHubTokens.From(IAccessTokenProvider)"/>
    /// or any factory of an <see cref="IAccessTokenProvider"/>. <c>null</c> (the default): anonymous calls only.
    /// </summary>
    public Func<IServiceProvider, IAccessTokenProvider>? Tokens { get; set; }

    /// <summary>JSON the way the server writes it (<see cref="StayHubJson.CreateOptions"/>); change only to match a changed server.</summary>
    public JsonSerializerOptions JsonSerializerOptions { get; set; } = StayHubJson.CreateOptions();

    /// <summary>Retries of a transient failure (5xx, 408, 429, network error, attempt timeout) for GETs and idempotent methods.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base delay between retries (exponential with jitter; a <c>Retry-After</c> header wins).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest a single attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest a whole call may take, retries included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(120);
}
