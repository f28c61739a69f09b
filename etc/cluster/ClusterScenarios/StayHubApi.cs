using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ClusterScenarios;

/// <summary>
/// HTTP to the balancer or to one node. Every call is bounded by the client timeout and never throws for a network
/// failure: the scenario judges the answer, including "no answer".
/// </summary>
internal sealed class StayHubApi : IDisposable
{
    private readonly HttpClient http;

    public StayHubApi(TimeSpan timeout)
    {
        // No connection reuse across a killed node's sockets beyond a few seconds; no proxy from the environment.
        http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromSeconds(10),
            ConnectTimeout = TimeSpan.FromSeconds(3),
            MaxConnectionsPerServer = 256,
        })
        { Timeout = timeout };
    }

    public static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    public async Task<ApiAnswer> SendAsync(
        HttpMethod method, Uri baseUrl, string path, string? token = null, HttpContent? content = null,
        IReadOnlyDictionary<string, string>? headers = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUrl, path)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new ApiAnswer(
                (int)response.StatusCode,
                body,
                response.Content.Headers.ContentType?.MediaType,
                response.Headers.TryGetValues("Retry-After", out var retry) ? retry.FirstOrDefault() : null,
                response.Headers.TryGetValues("Idempotency-Replayed", out var replayed) && replayed.Contains("true", StringComparer.OrdinalIgnoreCase),
                clock.Elapsed,
                null);
        }
        catch (HttpRequestException e)
        {
            return new ApiAnswer(0, string.Empty, null, null, false, clock.Elapsed, e.HttpRequestError.ToString());
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ApiAnswer(0, string.Empty, null, null, false, clock.Elapsed, "client timeout");
        }
    }

    public void Dispose() => http.Dispose();
}
