using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Jobs;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.RequestStats;

public static class RequestStatsServiceExtensions
{
    /// <summary>The recorder, its flusher, the minute tables, their reader and retention job (docs: ADR on request figures).</summary>
    public static IServiceCollection AddStayHubRequestStats(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestStatsOptions>().BindConfiguration(RequestStatsOptions.SectionName)
            .Validate(o => o.FlushInterval > TimeSpan.Zero && o.Retention >= TimeSpan.FromDays(30) && o.RetentionBatchSize >= 1 && o.RetentionInterval > TimeSpan.Zero,
                "RequestStats__FlushInterval and RetentionInterval must be positive, Retention at least 30 days (the longest dashboard period), RetentionBatchSize at least 1.")
            .ValidateOnStart();
        services.AddSingleton<RequestStatsRecorder>();
        // Registered with the framework, before the modules' services: it stops after the web server drained its requests.
        services.AddHostedService<RequestStatsFlusher>();
        services.AddSingleton<RequestFiguresReader>();
        services.AddModuleDbContext<RequestStatsDbContext>(RequestStatsDbContext.SchemaName);
        // The schedule is fixed at registration, before options exist as a service: read the same section once.
        var settings = configuration.GetSection(RequestStatsOptions.SectionName).Get<RequestStatsOptions>() ?? new RequestStatsOptions();
        services.AddStayHubJob<RequestStatsRetentionJob>(
            RequestStatsRetentionJob.Key, settings.RetentionInterval > TimeSpan.Zero ? settings.RetentionInterval : TimeSpan.FromHours(1));
        return services;
    }
}
