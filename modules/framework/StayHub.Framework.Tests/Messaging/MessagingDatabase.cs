using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using StayHub.Framework.Auditing;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;
using StayHub.Framework.Testing;

namespace StayHub.Framework.Tests.Messaging;

/// <summary>
/// A throwaway database with the two test modules' tables (created from their models by SQL, no migrations), and
/// "nodes": service providers wired like a host's, each with its own dispatcher, sharing the database.
/// </summary>
internal sealed class MessagingDatabase : IAsyncLifetime
{
    private static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Default")
        ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";

    private readonly List<ServiceProvider> nodes = [];
    private readonly string name = "stayhub_test_msg_" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public HandlerProbe Probe { get; } = new();

    public LaneProbe Lanes { get; } = new();

    public async Task InitializeAsync()
    {
        await TestDatabases.CreateAsync(ServerConnectionString, name);
        var node = Node();
        await using var scope = node.CreateAsyncScope();
        foreach (var context in new DbContext[] { scope.ServiceProvider.GetRequiredService<PublisherDbContext>(), scope.ServiceProvider.GetRequiredService<ConsumerDbContext>() })
        {
            await ExecuteAsync(ConnectionString, $"CREATE SCHEMA IF NOT EXISTS \"{context.Model.GetDefaultSchema()}\"; " + context.Database.GenerateCreateScript());
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await TestDatabases.DropAsync(ServerConnectionString, name);
    }

    /// <summary>A node wired as a host wires it: outbox of the publisher, two handlers in the consumer.</summary>
    public ServiceProvider Node(Action<Dictionary<string, string?>>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = ConnectionString,
            ["Messaging:RetryDelay"] = "00:00:01",
            ["Messaging:MaxAttempts"] = "3",
            ["Messaging:BatchSize"] = "10",
        };
        settings?.Invoke(values);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Probe);
        services.AddSingleton(Lanes);
        services.AddStayHubDataSource(configuration);
        services.AddSingleton<IAuditScopeAccessor, AsyncLocalAuditScopeAccessor>();
        services.AddSingleton<EntityChangeAuditInterceptor>();
        services.AddModuleDbContext<PublisherDbContext>(PublisherDbContext.SchemaName);
        services.AddModuleDbContext<ConsumerDbContext>(ConsumerDbContext.SchemaName);
        services.AddOutbox<PublisherDbContext>();
        services.AddIntegrationEventHandler<ThingHappened, RecordingHandler, ConsumerDbContext>();
        services.AddIntegrationEventHandler<ThingHappened, FailingHandler, ConsumerDbContext>();
        services.AddIntegrationEventHandler<StepTaken, StepRecordingHandler, ConsumerDbContext>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        nodes.Add(provider);
        return provider;
    }

    /// <summary>Saves a thing and its event through the publisher's context, one SaveChanges.</summary>
    public static async Task<ThingHappened> PublishAsync(IServiceProvider node, Guid? thingId = null)
    {
        await using var scope = node.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublisherDbContext>();
        var thing = new Thing { Id = thingId ?? Guid.CreateVersion7(), Name = "thing" };
        db.Things.Add(thing);
        var happened = ThingHappened.For(thing.Id);
        db.AddIntegrationEvent(happened);
        await db.SaveChangesAsync();
        return happened;
    }

    /// <summary>
    /// Runs <paramref name="body"/> with the node's hosted services (its background dispatcher and peer listener)
    /// started, and stops them afterwards whatever happens.
    /// </summary>
    public static async Task WithHostedServicesAsync(IServiceProvider node, Func<Task> body)
    {
        var hosted = node.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            await body();
        }
        finally
        {
            foreach (var service in hosted)
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>Polls <paramref name="sql"/>'s count until it reaches <paramref name="expected"/> or the time is up; returns the last count.</summary>
    public async Task<long> CountReachingAsync(long expected, TimeSpan within, string sql, params object[] parameters)
    {
        var deadline = DateTime.UtcNow + within;
        var count = await CountAsync(sql, parameters);
        while (count < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            count = await CountAsync(sql, parameters);
        }

        return count;
    }

    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("p" + i, parameters[i]);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string?> TextAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("p" + i, parameters[i]);
        }

        return await command.ExecuteScalarAsync() as string;
    }

    public Task ExecuteAsync(string sql) => ExecuteAsync(ConnectionString, sql);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
