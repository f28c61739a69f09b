using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace StayHub.Framework.Persistence;

/// <summary>
/// Applies every module's migrations. Several hosts may start at once, so the whole run holds a
/// PostgreSQL advisory lock: the first host migrates, the others wait and then find nothing to do.
/// </summary>
public sealed class DatabaseMigrator(
    IServiceProvider services,
    IEnumerable<ModuleDbContextRegistration> registrations,
    NpgsqlDataSource dataSource,
    ILogger<DatabaseMigrator> logger)
{
    // Arbitrary constant shared by every StayHub node: "StayHub" in ASCII.
    private const long StartupLockKey = 0x53746179487562;

    /// <summary>
    /// Takes the start-up lock, asking every <see cref="LockPollInterval"/> rather than waiting inside
    /// <c>pg_advisory_lock</c>: a node blocked in that call holds a snapshot for as long as it waits, and
    /// <c>CREATE INDEX CONCURRENTLY</c> in the migrating node waits for every older snapshot to end — the two would
    /// wait on each other. A poll is a statement of microseconds, so the index build waits at most that long.
    /// </summary>
    public async Task<IAsyncDisposable> AcquireStartupLockAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            while (true)
            {
                await using (var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection))
                {
                    command.Parameters.AddWithValue("key", StartupLockKey);
                    if (await command.ExecuteScalarAsync(cancellationToken) is true)
                    {
                        return new AdvisoryLock(connection);
                    }
                }

                await Task.Delay(LockPollInterval, cancellationToken);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>How often a waiting node asks for the start-up lock again.</summary>
    public static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(100);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var registration in registrations.DistinctBy(r => r.ContextType))
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0)
            {
                continue;
            }

            logger.LogInformation("Applying {Count} migration(s) to schema {Schema}: {Migrations}", pending.Count, registration.Schema, pending);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // Closing the session releases its advisory locks even if the unlock below fails.
            await using (connection)
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", StartupLockKey);
                await command.ExecuteNonQueryAsync();
            }
        }
    }
}
