using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace StayHub.Http.Client.Tests.Loopback;

/// <summary>
/// A real HTTP listener on a loopback port standing in for StayHub (WireMock): each test says how it answers, and
/// reads back exactly what the proxy sent.
/// </summary>
public sealed class LoopbackServer : IDisposable
{
    public LoopbackServer() => Server = WireMockServer.Start();

    public WireMockServer Server { get; }

    public Uri BaseAddress => new(Server.Url!);

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<IRequestMessage> Requests => [.. Server.LogEntries.Select(e => e.RequestMessage).OrderBy(r => r.DateTime)];

    /// <summary>Answers every request to <paramref name="path"/> (any method) with <paramref name="answer"/>.</summary>
    public void On(string path, Func<IRequestMessage, ResponseMessage> answer, TimeSpan? delay = null)
    {
        var response = Response.Create().WithCallback(answer);
        if (delay is { } d)
        {
            response = response.WithDelay(d);
        }

        Server.Given(Request.Create().WithPath(new WildcardMatcher(path)).UsingAnyMethod()).RespondWith(response);
    }

    /// <summary>A client (its own service provider) with the proxies of <see cref="IProbeAppService"/> pointed at this server.</summary>
    public ServiceProvider CreateClient(Action<StayHubClientOptions>? configure = null, Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        configureServices?.Invoke(services);
        services.AddStayHubClient(o =>
        {
            o.BaseAddress = BaseAddress;
            // Real back-off would only slow the tests down; the retry count and predicates are what is under test.
            o.RetryDelay = TimeSpan.FromMilliseconds(10);
            configure?.Invoke(o);
        }).AddProxy<IProbeAppService>();
        return services.BuildServiceProvider();
    }

    public static ResponseMessage Json(int status, object? body, string contentType = "application/json") => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new(contentType) },
        BodyData = body is null ? null : new BodyData { BodyAsString = JsonSerializer.Serialize(body, StayHubJson.CreateOptions()), DetectedBodyType = BodyType.String },
    };

    public static ResponseMessage Status(int status) => new() { StatusCode = status };

    public static ResponseMessage Problem(int status, string code, object? errors = null) =>
        Json(status, new { type = "about:blank", title = "Problem", status, detail = $"detail of {code}", code, traceId = "00-trace-01", errors }, "application/problem+json");

    public static string? Header(IRequestMessage request, string name) =>
        request.Headers is not null && request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;

    public void Dispose() => Server.Stop();
}
