using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using StayHub.Framework.Auditing;
using StayHub.Framework.Http.RequestStats;

namespace StayHub.Framework.Http.Metrics;

/// <summary>
/// OpenTelemetry metrics (ASP.NET Core's request, connection and routing meters and the .NET runtime's, and the audit writer's dropped rows) exported for
/// Prometheus to scrape at <c>/metrics</c>, when <c>Metrics__Enabled</c> is true. Nothing is collected when it is off.
/// </summary>
internal static class MetricsSetup
{
    public static IServiceCollection AddStayHubMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MetricsOptions.SectionName).Get<MetricsOptions>() ?? new MetricsOptions();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        if (options.Enabled)
        {
            services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(AuditLogWriter.MeterName)
                .AddPrometheusExporter());
        }

        return services;
    }

    public static IEndpointRouteBuilder MapStayHubMetrics(this IEndpointRouteBuilder endpoints, MetricsOptions options)
    {
        if (options.Enabled)
        {
            // Scrapers poll on their own schedule: not counted against the API's rate-limit budget.
            endpoints.MapPrometheusScrapingEndpoint(MetricsOptions.Path).AllowAnonymous().DisableRateLimiting().ExcludeFromRequestRecords();
        }

        return endpoints;
    }
}
