using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using StayHub.Framework.Auditing;
using StayHub.Framework.Persistence;
using StayHub.Framework.Testing;

namespace StayHub.Framework.Tests.Auditing;

/// <summary>
/// The background audit writer on a real PostgreSQL database (the real audit migration): every queued row is
/// stored, under load and when the host stops, a full queue holds callers back instead of dropping rows, and
/// one unstorable row does not take its batch with it.
/// </summary>
public sealed class AuditLogWriterTests : IAsyncLifetime
{
    private static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Default")
        ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";

    private readonly string databaseName = "stayhub_test_audit_" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<ServiceProvider> providers = [];

    private string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = databaseName }.ConnectionString;

    public async Task InitializeAsync()
    {
        await TestDatabases.CreateAsync(ServerConnectionString, databaseName);
        await using var scope = Services().CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await TestDatabases.DropAsync(ServerConnectionString, databaseName);
    }

    [Fact]
    public async Task Every_row_queued_by_many_concurrent_requests_is_stored()
    {
        var writer = Writer();
        await writer.StartAsync(CancellationToken.None);
        var tag = Guid.NewGuid().ToString("N");

        // 40 "requests" at a time, 1,000 in all: far more than one batch.
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 40 }, async (i, ct) =>
            await writer.WriteAsync(Log($"/load/{tag}/{i}"), ct));
        await writer.StopAsync(CancellationToken.None);

        (await CountAsync($"path like '/load/{tag}/%'")).ShouldBe(1000);
        (await CountAsync($"path like '/load/{tag}/%'", "count(distinct path)")).ShouldBe(1000, "each request has its own row");
    }

    [Fact]
    public async Task Stopping_stores_rows_still_queued_behind_a_slow_insert()
    {
        var writer = Writer();
        await writer.StartAsync(CancellationToken.None);
        var tag = Guid.NewGuid().ToString("N");

        // Hold the table so the first insert blocks and the rest pile up in the queue.
        await using var blocker = new NpgsqlConnection(ConnectionString);
        await blocker.OpenAsync();
        var lockTransaction = await blocker.BeginTransactionAsync();
        await using (var lockCommand = new NpgsqlCommand("LOCK TABLE audit.audit_logs IN ACCESS EXCLUSIVE MODE", blocker, lockTransaction))
        {
            await lockCommand.ExecuteNonQueryAsync();
        }

        await writer.WriteAsync(Log($"/stop/{tag}/first"), CancellationToken.None);
        await WaitUntilAsync(async () => writer.Pending == 0 && await WaitingOnLockAsync());
        for (var i = 0; i < 100; i++)
        {
            await writer.WriteAsync(Log($"/stop/{tag}/{i}"), CancellationToken.None);
        }

        writer.Pending.ShouldBe(100, "the loop is stuck on the first insert");
        var stopping = writer.StopAsync(CancellationToken.None);
        await Task.Delay(200);
        stopping.IsCompleted.ShouldBeFalse("stopping waits for the queue to be stored");

        await lockTransaction.CommitAsync();
        await stopping;

        (await CountAsync($"path like '/stop/{tag}/%'")).ShouldBe(101);
    }

    [Fact]
    public async Task A_row_written_after_stopping_is_stored_at_once()
    {
        var writer = Writer();
        await writer.StartAsync(CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);
        var path = $"/late/{Guid.NewGuid():N}";

        await writer.WriteAsync(Log(path), CancellationToken.None);

        (await CountAsync("path = @p0", parameters: [path])).ShouldBe(1);
    }

    [Fact]
    public async Task A_full_queue_makes_the_caller_wait_and_drops_nothing()
    {
        var writer = Writer(o => o["Auditing:QueueCapacity"] = "2");
        var tag = Guid.NewGuid().ToString("N");

        // Not started yet: nothing drains the queue.
        await writer.WriteAsync(Log($"/full/{tag}/1"), CancellationToken.None);
        await writer.WriteAsync(Log($"/full/{tag}/2"), CancellationToken.None);
        var third = writer.WriteAsync(Log($"/full/{tag}/3"), CancellationToken.None).AsTask();
        await Task.Delay(100);
        third.IsCompleted.ShouldBeFalse("a full queue holds the caller back");

        await writer.StartAsync(CancellationToken.None);
        await third.WaitAsync(TimeSpan.FromSeconds(10));
        await writer.StopAsync(CancellationToken.None);

        (await CountAsync($"path like '/full/{tag}/%'")).ShouldBe(3);
    }

    [Fact]
    public async Task One_unstorable_row_does_not_lose_the_rest_of_its_batch()
    {
        var writer = Writer(o => o["Auditing:RetryDelay"] = "00:00:00");
        var tag = Guid.NewGuid().ToString("N");

        // Not started: the five rows are queued together and stored as one batch at stop.
        for (var i = 0; i < 4; i++)
        {
            await writer.WriteAsync(Log($"/batch/{tag}/{i}"), CancellationToken.None);
        }

        var bad = Log($"/batch/{tag}/bad");
        bad.HttpMethod = new string('X', 40); // longer than the column (16)
        await writer.WriteAsync(bad, CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);

        (await CountAsync($"path like '/batch/{tag}/%'")).ShouldBe(4);
        (await CountAsync("path = @p0", parameters: [$"/batch/{tag}/bad"])).ShouldBe(0);
    }

    [Fact]
    public async Task Rows_read_back_through_the_audit_context_with_every_field_and_change()
    {
        var services = Services();
        var writer = services.GetRequiredService<AuditLogWriter>();
        var log = new AuditLog
        {
            UserId = Guid.NewGuid(),
            UserName = "guest@example.test",
            ClientIp = "203.0.113.9",
            UserAgent = "Probe/2",
            HttpMethod = "PUT",
            Path = $"/roundtrip/{Guid.NewGuid():N}",
            StatusCode = 409,
            DurationMs = 12,
            TraceId = "4bf92f3577b34da6a3ce929d0e0e4736",
            ErrorCode = "booking.dates_unavailable",
            CreatedAt = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(2)),
            EntityChanges =
            [
                new EntityChange("Stay", "s-1", "Modified", ["Status", "CancelledAt"]),
                new EntityChange("OutboxMessage", null, "Added", []),
            ],
        };
        var anonymous = Log($"/roundtrip/{Guid.NewGuid():N}");
        anonymous.EntityChanges = [];

        await writer.WriteAsync(log, CancellationToken.None);
        await writer.WriteAsync(anonymous, CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var stored = await db.AuditLogs.AsNoTracking().SingleAsync(l => l.Id == log.Id);
        stored.UserId.ShouldBe(log.UserId);
        stored.UserName.ShouldBe(log.UserName);
        stored.ClientIp.ShouldBe(log.ClientIp);
        stored.UserAgent.ShouldBe(log.UserAgent);
        stored.HttpMethod.ShouldBe("PUT");
        stored.Path.ShouldBe(log.Path);
        stored.StatusCode.ShouldBe(409);
        stored.DurationMs.ShouldBe(12);
        stored.TraceId.ShouldBe(log.TraceId);
        stored.ErrorCode.ShouldBe(log.ErrorCode);
        stored.CreatedAt.ShouldBe(log.CreatedAt);
        stored.EntityChanges.Count.ShouldBe(2);
        stored.EntityChanges[0].EntityType.ShouldBe("Stay");
        stored.EntityChanges[0].EntityId.ShouldBe("s-1");
        stored.EntityChanges[0].ChangeType.ShouldBe("Modified");
        stored.EntityChanges[0].Properties.ShouldBe(["Status", "CancelledAt"]);
        stored.EntityChanges[1].EntityId.ShouldBeNull();
        stored.EntityChanges[1].Properties.ShouldBeEmpty();

        var plain = await db.AuditLogs.AsNoTracking().SingleAsync(l => l.Id == anonymous.Id);
        plain.UserId.ShouldBeNull();
        plain.UserName.ShouldBeNull();
        plain.EntityChanges.ShouldBeEmpty();
    }

    [Fact]
    public async Task Rows_written_while_the_database_is_unreachable_are_stored_once_it_is_back_and_only_rows_beyond_the_bound_are_dropped()
    {
        // The writer reaches PostgreSQL through a loopback port that refuses connections until the relay starts.
        var port = LoopbackForwarder.FreePort();
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString);
        var viaRelay = new NpgsqlConnectionStringBuilder(ConnectionString) { Host = "127.0.0.1", Port = port, Timeout = 2 }.ConnectionString;
        var writer = Writer(s =>
        {
            s["ConnectionStrings:Default"] = viaRelay;
            s["Auditing:OutageBufferCapacity"] = "50";
            s["Auditing:OutageRetryDelay"] = "00:00:00.100";
            s["Auditing:RetryDelay"] = "00:00:00.010";
        });
        await writer.StartAsync(CancellationToken.None);
        var tag = Guid.NewGuid().ToString("N");

        for (var i = 0; i < 60; i++)
        {
            await writer.WriteAsync(Log($"/outage/{tag}/{i:D2}"), CancellationToken.None);
        }

        await WaitUntilAsync(() => Task.FromResult(writer.Pending == 50 && writer.Dropped == 10));
        (await CountAsync($"path like '/outage/{tag}/%'")).ShouldBe(0);

        await using (LoopbackForwarder.Start(port, server.Host!, server.Port))
        {
            await WaitUntilAsync(() => Task.FromResult(writer.Pending == 0));
            await writer.StopAsync(CancellationToken.None);
        }

        // The 50 held are the first 50 written; the 10 beyond the bound are the ones dropped.
        (await CountAsync($"path like '/outage/{tag}/%'")).ShouldBe(50);
        (await CountAsync($"path like '/outage/{tag}/5%'")).ShouldBe(0);
        writer.Dropped.ShouldBe(10);
    }

    private AuditLogWriter Writer(Action<Dictionary<string, string?>>? settings = null) =>
        Services(settings).GetRequiredService<AuditLogWriter>();

    private ServiceProvider Services(Action<Dictionary<string, string?>>? settings = null)
    {
        var values = new Dictionary<string, string?> { ["ConnectionStrings:Default"] = ConnectionString };
        settings?.Invoke(values);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Critical));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddStayHubDataSource(configuration);
        services.AddSingleton<IAuditScopeAccessor, AsyncLocalAuditScopeAccessor>();
        services.AddSingleton<EntityChangeAuditInterceptor>();
        services.AddModuleDbContext<AuditDbContext>(AuditDbContext.SchemaName);
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName);
        services.AddSingleton<AuditLogWriter>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        providers.Add(provider);
        return provider;
    }

    private static AuditLog Log(string path) => new()
    {
        HttpMethod = "POST",
        Path = path,
        StatusCode = 201,
        CreatedAt = DateTimeOffset.UtcNow,
        EntityChanges = [new EntityChange("Stay", Guid.NewGuid().ToString(), "Added", [])],
    };

    private async Task<long> CountAsync(string where, string what = "count(*)", params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select {what} from audit.audit_logs where {where}", connection);
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("p" + i, parameters[i]);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether some session of this database waits for a lock (the writer's INSERT behind the test's LOCK).</summary>
    private async Task<bool> WaitingOnLockAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "condition not reached in 10 s");
            await Task.Delay(20);
        }
    }
}
