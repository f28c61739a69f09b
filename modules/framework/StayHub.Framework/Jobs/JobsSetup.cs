using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using StayHub.Framework.Seeding;

namespace StayHub.Framework.Jobs;

internal static class JobsSetup
{
    /// <summary>Quartz's tables live in their own schema, like every module's (architecture rule 1).</summary>
    public const string Schema = "quartz";

    /// <summary>
    /// One Quartz scheduler on the clustered ADO job store in the host's database, through the shared data source:
    /// every node runs it, and each firing runs on one node only.
    /// </summary>
    public static IServiceCollection AddStayHubScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        if (!options.Enabled)
        {
            return services;
        }

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "StayHub");
            // Cluster check-ins compare clocks across nodes: real time, even where tests move the application's clock.
            q.UseTimeProvider(TimeProvider.System);
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(source => source.DataSourceFactory = sp => sp.GetRequiredService<NpgsqlDataSource>());
                store.UseSystemTextJsonSerializer();
                store.UseClustering();
                // Quartz creates missing tables itself, safely when several nodes start at once (its docs say the loser of
                // the race finds the winner's schema); the schema they go in is created under the startup lock below.
                store.ProvisionSchema();
                store.ConfigureStore(s => s.TablePrefix = Schema + ".qrtz_");
            });
        });
        services.Configure<QuartzOptions>(o => o.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true);
        services.AddScoped<IDataSeedContributor, QuartzSchemaSeedContributor>();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
