using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz;
using StayHub.Framework.Jobs;
using StayHub.Framework.Modularity;
using StayHub.Framework.Testing;

namespace StayHub.Framework.Tests.Jobs;

[DisallowConcurrentExecution]
internal sealed class CountingJob(JobCounter counter) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        counter.Increment();
        return ValueTask.CompletedTask;
    }
}

internal sealed class JobCounter
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Increment() => Interlocked.Increment(ref count);
}

/// <summary>A host composed of the framework module, on a throwaway database: its registered job fires on the clustered store.</summary>
public sealed class JobTests : IAsyncLifetime
{
    private static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Default")
        ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";

    private readonly string databaseName = "stayhub_test_jobs_" + Guid.NewGuid().ToString("N")[..12];

    private string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = databaseName }.ConnectionString;

    public Task InitializeAsync() => TestDatabases.CreateAsync(ServerConnectionString, databaseName);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestDatabases.DropAsync(ServerConnectionString, databaseName);
    }

    [Fact]
    public async Task A_registered_job_runs_on_the_clustered_PostgreSQL_store()
    {
        using var host = BuildHost(jobsEnabled: true);
        await host.StartAsync();
        try
        {
            var counter = host.Services.GetRequiredService<JobCounter>();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (counter.Count < 2 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            counter.Count.ShouldBeGreaterThanOrEqualTo(2);
            // A clustered node checks in to the scheduler-state table; the store's tables are in their own schema.
            (await ScalarAsync("select count(*) from quartz.qrtz_scheduler_state")).ShouldBe(1L);
            (await ScalarAsync("select count(*) from quartz.qrtz_job_details where job_name = 'test.counting'")).ShouldBe(1L);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task With_jobs_disabled_nothing_is_scheduled()
    {
        using var host = BuildHost(jobsEnabled: false);
        await host.StartAsync();
        await Task.Delay(700);
        await host.StopAsync();

        host.Services.GetRequiredService<JobCounter>().Count.ShouldBe(0);
        (await ScalarAsync("select count(*) from information_schema.schemata where schema_name = 'quartz'")).ShouldBe(0L);
    }

    private IHost BuildHost(bool jobsEnabled)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = ConnectionString,
            ["ConnectionStrings:Redis"] = Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:56379",
            ["Cache:KeyPrefix"] = databaseName + ":",
            ["Email:PickupFolder"] = Path.Combine(Path.GetTempPath(), databaseName, "mail"),
            ["Blob:FileSystem:Root"] = Path.Combine(Path.GetTempPath(), databaseName, "blobs"),
            ["Jobs:Enabled"] = jobsEnabled ? "true" : "false",
        });
        new FrameworkModule().ConfigureServices(new ModuleContext(builder.Services, builder.Configuration, builder.Environment));
        builder.Services.AddSingleton<JobCounter>();
        builder.Services.AddStayHubJob<CountingJob>("test.counting", TimeSpan.FromMilliseconds(200));
        return builder.Build();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
