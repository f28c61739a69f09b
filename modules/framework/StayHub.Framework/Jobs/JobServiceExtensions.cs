using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace StayHub.Framework.Jobs;

/// <summary>Recurring background jobs on Quartz's clustered PostgreSQL job store (one run per firing across all nodes).</summary>
public static class JobServiceExtensions
{
    /// <summary>
    /// Schedules <typeparamref name="TJob"/> (resolved from DI for each firing) under <paramref name="jobKey"/> (the
    /// job's and its trigger's name) with a simple trigger repeating every <paramref name="interval"/>, first firing at
    /// start. Mark the job <see cref="DisallowConcurrentExecutionAttribute"/> so a slow run is never overlapped by the
    /// next one on another node, and make it idempotent: a node that dies mid-run leaves the work to the next firing.
    /// Fires only on nodes where <c>Jobs:Enabled</c> is true.
    /// </summary>
    public static IServiceCollection AddStayHubJob<TJob>(this IServiceCollection services, string jobKey, TimeSpan interval)
        where TJob : class, IJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobKey);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        // Quartz merges every AddQuartz call into the one scheduler FrameworkModule configured.
        services.AddQuartz(q => q.ScheduleJob<TJob>(trigger => trigger.WithIdentity(jobKey).WithSimpleSchedule(interval)));
        return services;
    }
}
