using System.Diagnostics;
using System.Net;

namespace StayHub.Host.Tests.Metrics;

/// <summary>/metrics serves ASP.NET Core and runtime metrics for Prometheus when switched on, and does not exist when off (the default).</summary>
public sealed class MetricsEndpointTests(MetricsEnabledFixture enabled) : IClassFixture<MetricsEnabledFixture>
{
    [Fact]
    public async Task When_enabled_metrics_are_served_in_prometheus_format_with_request_and_runtime_metrics()
    {
        var client = enabled.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The exporter reads the meters when scraped; a request's duration is recorded as it ends, so allow a moment.
        var clock = Stopwatch.StartNew();
        string body;
        HttpResponseMessage response;
        do
        {
            response = await client.GetAsync("/metrics");
            body = await response.Content.ReadAsStringAsync();
        }
        while (!body.Contains("http_server_request_duration_seconds", StringComparison.Ordinal) && clock.Elapsed < TimeSpan.FromSeconds(10) && await Delay());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        body.ShouldContain("# TYPE http_server_request_duration_seconds histogram");
        body.ShouldContain("http_route=\"/health/live\"");
        body.ShouldContain("dotnet_gc_");
        body.ShouldContain("dotnet_thread_pool_");
    }

    [Fact]
    public async Task When_enabled_a_scrape_needs_no_token()
    {
        using var response = await enabled.CreateClient().GetAsync("/metrics");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(100);
        return true;
    }
}
