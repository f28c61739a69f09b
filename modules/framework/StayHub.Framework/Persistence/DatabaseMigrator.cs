using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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

    private const string HistoryTable = "__ef_migrations_history";

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
        var contexts = registrations.DistinctBy(r => r.ContextType).ToList();
        var applied = await ReadAppliedMigrationsAsync(contexts.Select(r => r.Schema).Distinct().ToList(), cancellationToken);
        foreach (var registration in contexts)
        {
            // Asking EF builds the context's model first (a quarter of a second each on 2 cores, a dozen contexts): a
            // context whose declared migrations are all in its history table has nothing EF could apply, so it is not
            // asked. Anything else (a migration missing, a schema without history) goes to EF, which decides.
            if (applied.TryGetValue(registration.Schema, out var inHistory) && DeclaredMigrations(registration.ContextType).All(inHistory.Contains))
            {
                continue;
            }

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

    /// <summary>
    /// The migration ids a context's assembly declares, from the attributes EF itself reads (<c>[DbContext]</c> and
    /// <c>[Migration]</c> on each <see cref="Migration"/> class), without instantiating the context.
    /// </summary>
    internal static IReadOnlyList<string> DeclaredMigrations(Type contextType) =>
        contextType.Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Migration).IsAssignableFrom(t) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .ToList();

    /// <summary>
    /// Applied migration ids per schema, in two round trips for all schemas; a schema without a history table is
    /// absent from the answer.
    /// </summary>
    internal async Task<IReadOnlyDictionary<string, HashSet<string>>> ReadAppliedMigrationsAsync(
        IReadOnlyList<string> schemas, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var find = new NpgsqlCommand(
            "SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE c.relname = @table AND c.relkind IN ('r', 'p') AND n.nspname = ANY(@schemas)", connection))
        {
            find.Parameters.AddWithValue("table", HistoryTable);
            find.Parameters.AddWithValue("schemas", schemas.ToArray());
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied[reader.GetString(0)] = new HashSet<string>(StringComparer.Ordinal);
            }
        }

        if (applied.Count == 0)
        {
            return applied;
        }

        // Schema names come from pg_namespace (the rows above), quoted as identifiers.
        var union = string.Join(" UNION ALL ", applied.Keys.Select(schema =>
            $"SELECT {Literal(schema)}, migration_id FROM {Identifier(schema)}.{HistoryTable}"));
        await using (var read = new NpgsqlCommand(union, connection))
        {
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied[reader.GetString(0)].Add(reader.GetString(1));
            }
        }

        return applied;
    }

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

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
