using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using StayHub.Framework.Auditing;
using StayHub.Framework.Contracts.Admin;
using StayHub.Framework.Persistence;
using StayHub.Framework.RequestStats;
using StayHub.Framework.Testing;

namespace StayHub.Framework.Tests.RequestStats;

/// <summary>
/// Two recorders (two nodes) on one real PostgreSQL database (the real migration): their minute rows add up, flushes
/// add rather than overwrite, percentiles read from the merged histogram are within one bucket of the true nearest
/// rank, the series follow the minutes, and the retention job deletes only expired minutes.
/// </summary>
public sealed class RequestStatsRecorderTests : IAsyncLifetime
{
    private static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Default")
        ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";

    private readonly string databaseName = "stayhub_test_reqstats_" + Guid.NewGuid().ToString("N")[..12];
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.Zero));
    private ServiceProvider services = null!;

    private string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = databaseName }.ConnectionString;

    private NpgsqlDataSource DataSource => services.GetRequiredService<NpgsqlDataSource>();

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
        collection.AddModuleDbContext<RequestStatsDbContext>(RequestStatsDbContext.SchemaName);
        services = collection.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RequestStatsDbContext>().Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await TestDatabases.DropAsync(ServerConnectionString, databaseName);
    }

    [Fact]
    public async Task Two_nodes_counts_add_up_and_percentiles_are_the_upper_bound_of_the_true_values_bucket()
    {
        using var nodeA = Recorder();
        using var nodeB = Recorder();
        // 1,000 durations from 0.05 ms to ~2.4 s, spread over both nodes and two minutes, with 4xx and 5xx mixed in.
        var durations = Enumerable.Range(1, 1000).Select(i => 0.05 * Math.Pow(1.0109, i)).ToList();
        for (var i = 0; i < durations.Count; i++)
        {
            if (i == 500)
            {
                clock.Advance(TimeSpan.FromMinutes(1));
            }

            var status = i % 10 == 0 ? 404 : i % 25 == 0 ? 503 : 200;
            (i % 2 == 0 ? nodeA : nodeB).Record(status, TimeSpan.FromMilliseconds(durations[i]), status == 404 ? "listing.not_found" : null);
        }

        (await nodeA.FlushAsync(CancellationToken.None) + await nodeB.FlushAsync(CancellationToken.None)).ShouldBe(1000);
        (await NodesAsync()).ShouldBe(2, "each node has its own rows");

        var figures = await new RequestFiguresReader(DataSource).ReadAsync(Window(), CancellationToken.None);

        figures.Count.ShouldBe(1000);
        var notFound = durations.Where((_, i) => i % 10 == 0).Count();
        var unavailable = durations.Where((_, i) => i % 10 != 0 && i % 25 == 0).Count();
        figures.Errors.ShouldBe(notFound + unavailable);
        figures.ServerErrors.ShouldBe(unavailable);
        figures.ErrorRate.ShouldBe((double)(notFound + unavailable) / 1000, 1e-9);
        figures.TopErrorCodes.ShouldBe([new ErrorCodeCountDto("listing.not_found", notFound)]);
        foreach (var (fraction, reported) in new[] { (0.5, figures.P50Ms), (0.95, figures.P95Ms) })
        {
            var sorted = durations.Order().ToList();
            var truth = sorted[(int)Math.Ceiling(fraction * sorted.Count) - 1];
            reported.ShouldBe((long)LatencyHistogram.Bounds[LatencyHistogram.BucketOf(truth)], $"p{fraction * 100}: true {truth:F2} ms");
            ((double)reported!.Value).ShouldBeGreaterThanOrEqualTo(truth);
            ((double)reported.Value).ShouldBeLessThanOrEqualTo(Math.Max(truth + 1, truth * 4 / 3), "within one bucket");
        }
    }

    [Fact]
    public async Task A_second_flush_adds_to_the_minute_row_and_an_empty_flush_writes_nothing()
    {
        using var node = Recorder();
        node.Record(200, TimeSpan.FromMilliseconds(3), null);
        node.Record(200, TimeSpan.FromMilliseconds(30), null);
        (await node.FlushAsync(CancellationToken.None)).ShouldBe(2);
        node.Record(500, TimeSpan.FromMilliseconds(300), "internal_error");
        (await node.FlushAsync(CancellationToken.None)).ShouldBe(1);
        (await node.FlushAsync(CancellationToken.None)).ShouldBe(0);

        var figures = await new RequestFiguresReader(DataSource).ReadAsync(Window(), CancellationToken.None);

        figures.Count.ShouldBe(3);
        figures.ServerErrors.ShouldBe(1);
        figures.P50Ms.ShouldBe(30);
        figures.P95Ms.ShouldBe(300);
        (await ScalarAsync("select count(*) from request_stats.request_minutes")).ShouldBe(1, "one node, one minute: one row");
        (await ScalarAsync("select sum(n) from request_stats.request_minutes, unnest(latency_buckets) n")).ShouldBe(3);
    }

    [Fact]
    public async Task Series_count_each_minute_in_its_bucket()
    {
        using var node = Recorder();
        var window = new AdminStatsWindow(clock.GetUtcNow(), clock.GetUtcNow().AddHours(1), TimeSpan.FromMinutes(5));
        for (var minute = 0; minute < 60; minute += 7)
        {
            clock.SetUtcNow(window.From.AddMinutes(minute).AddSeconds(1));
            for (var i = 0; i <= minute % 3; i++)
            {
                node.Record(i == 0 ? 200 : 400, TimeSpan.FromMilliseconds(5), null);
            }
        }

        await node.FlushAsync(CancellationToken.None);
        var series = await new RequestFiguresReader(DataSource).SeriesAsync(window, CancellationToken.None);

        var requests = series.Single(s => s.Name == "requests").Points;
        var errors = series.Single(s => s.Name == "requests.errors").Points;
        requests.Count.ShouldBe(12);
        for (var bucket = 0; bucket < 12; bucket++)
        {
            var minutes = Enumerable.Range(bucket * 5, 5).Where(m => m % 7 == 0).ToList();
            requests[bucket].Value.ShouldBe(minutes.Sum(m => (m % 3) + 1), $"bucket {bucket}");
            errors[bucket].Value.ShouldBe(minutes.Sum(m => m % 3), $"bucket {bucket}");
        }
    }

    [Fact]
    public async Task Retention_deletes_minutes_older_than_the_retention_and_keeps_the_rest()
    {
        using var node = Recorder();
        node.Record(404, TimeSpan.FromMilliseconds(1), "listing.not_found");
        await node.FlushAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(40));
        node.Record(404, TimeSpan.FromMilliseconds(1), "listing.not_found");
        await node.FlushAsync(CancellationToken.None);
        var job = new RequestStatsRetentionJob(
            DataSource, Options.Create(new RequestStatsOptions { RetentionBatchSize = 1 }), clock, NullLogger<RequestStatsRetentionJob>.Instance);

        (await job.DeleteExpiredAsync(CancellationToken.None)).ShouldBe(2, "the old minute row and its error-code row");

        (await ScalarAsync("select count(*) from request_stats.request_minutes")).ShouldBe(1);
        (await ScalarAsync("select count(*) from request_stats.request_minute_error_codes")).ShouldBe(1);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(1.0, 0)]
    [InlineData(1.01, 1)]
    [InlineData(10.0, 9)]
    [InlineData(11.0, 10)]
    [InlineData(60_000.0, 43)]
    [InlineData(60_001.0, 44)]
    public void A_duration_falls_in_the_bucket_whose_upper_bound_first_holds_it(double milliseconds, int bucket) =>
        LatencyHistogram.BucketOf(milliseconds).ShouldBe(bucket);

    private RequestStatsRecorder Recorder() => new(DataSource, clock, NullLogger<RequestStatsRecorder>.Instance);

    /// <summary>The hour up to now, in 5-minute buckets (the dashboard's 1h).</summary>
    private AdminStatsWindow Window()
    {
        var to = clock.GetUtcNow().AddMinutes(1);
        return new AdminStatsWindow(to.AddHours(-1), to, TimeSpan.FromMinutes(5));
    }

    private async Task<long> NodesAsync() => await ScalarAsync("select count(distinct node) from request_stats.request_minutes");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
