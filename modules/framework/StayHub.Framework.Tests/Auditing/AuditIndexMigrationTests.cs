using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using StayHub.Framework.Auditing;
using StayHub.Framework.Persistence;
using StayHub.Framework.Testing;

namespace StayHub.Framework.Tests.Auditing;

/// <summary>
/// The audit-log list indexes are built CONCURRENTLY (outside any transaction): on a fresh database from nothing, and
/// on a database that already has the first migration and rows in audit_logs, while another session keeps inserting
/// into the table; either way the new indexes end valid and the old ones are gone.
/// </summary>
public sealed class AuditIndexMigrationTests : IAsyncLifetime
{
    private const string FirstMigration = "20261125101046_Initial";

    private static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Default")
        ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";

    private static readonly string[] NewIndexes =
        ["ix_audit_logs_created_at_id", "ix_audit_logs_error_code_created_at_id", "ix_audit_logs_trace_id", "ix_audit_logs_user_id_created_at_id"];

    private readonly string databaseName = "stayhub_test_auditidx_" + Guid.NewGuid().ToString("N")[..12];
    private ServiceProvider services = null!;

    private string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = databaseName }.ConnectionString;

    public async Task InitializeAsync()
    {
        await TestDatabases.CreateAsync(ServerConnectionString, databaseName);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = ConnectionString }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Critical));
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddStayHubDataSource(configuration);
        collection.AddSingleton<IAuditScopeAccessor, AsyncLocalAuditScopeAccessor>();
        collection.AddSingleton<EntityChangeAuditInterceptor>();
        collection.AddModuleDbContext<AuditDbContext>(AuditDbContext.SchemaName);
        services = collection.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await TestDatabases.DropAsync(ServerConnectionString, databaseName);
    }

    [Fact]
    public async Task A_fresh_database_gets_the_indexes_valid()
    {
        await MigrateAsync(target: null);

        (await IndexesAsync()).ShouldBe([.. NewIndexes.Select(n => (n, true)), ("pk_audit_logs", true)], ignoreOrder: true);
    }

    [Fact]
    public async Task An_existing_database_with_rows_gets_them_while_inserts_go_on_and_the_old_ones_leave()
    {
        await MigrateAsync(FirstMigration);
        await ExecuteAsync(
            """
            INSERT INTO audit.audit_logs (id, http_method, path, status_code, duration_ms, created_at, entity_changes)
            SELECT gen_random_uuid(), 'POST', '/seed/' || i, 201, 3, now() - i * interval '1 second', '[]'
            FROM generate_series(1, 20000) i
            """);
        (await IndexesAsync()).Select(i => i.Name).ShouldContain("ix_audit_logs_created_at");

        // Another session inserts all along: a plain CREATE INDEX would hold it back until the build ends.
        using var stop = new CancellationTokenSource();
        var inserted = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await ExecuteAsync("INSERT INTO audit.audit_logs (id, http_method, path, status_code, duration_ms, created_at, entity_changes) VALUES (gen_random_uuid(), 'POST', '/during', 201, 1, now(), '[]')");
                inserted++;
            }
        });
        await MigrateAsync(target: null);
        await stop.CancelAsync();
        await writer;

        inserted.ShouldBeGreaterThan(0);
        (await IndexesAsync()).ShouldBe([.. NewIndexes.Select(n => (n, true)), ("pk_audit_logs", true)], ignoreOrder: true);
        (await ScalarAsync("select count(*) from audit.audit_logs")).ShouldBe(20000 + inserted);
        (await ScalarAsync("select count(*) from audit.__ef_migrations_history")).ShouldBe(2);
    }

    private async Task MigrateAsync(string? target)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        await context.GetService<IMigrator>().MigrateAsync(target);
    }

    private async Task<List<(string Name, bool Valid)>> IndexesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select c.relname, i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = 'audit.audit_logs'::regclass",
            connection);
        var result = new List<(string, bool)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add((reader.GetString(0), reader.GetBoolean(1)));
        }

        return result;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
