using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Seeding;

/// <summary>
/// Migrates and seeds before the host accepts requests (StartingAsync runs ahead of every hosted service,
/// the web server included). Serialized across nodes by the migrator's advisory lock.
/// </summary>
public sealed class StayHubInitializer(
    IServiceScopeFactory scopes,
    DatabaseMigrator migrator,
    ILogger<StayHubInitializer> logger) : IHostedLifecycleService
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var startupLock = await migrator.AcquireStartupLockAsync(cancellationToken);
        await migrator.MigrateAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        foreach (var contributor in scope.ServiceProvider.GetServices<IDataSeedContributor>().OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(cancellationToken);
        }

        logger.LogInformation("Database migrated and seeded");
    }

    public Task StartingAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
