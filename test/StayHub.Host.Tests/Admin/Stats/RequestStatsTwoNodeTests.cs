using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Admin;
using StayHub.Framework.RequestStats;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Startup;

namespace StayHub.Host.Tests.Admin.Stats;

/// <summary>
/// Two hosts on one database: reads (GETs) answered by either node show up in <c>GET /api/admin/stats</c> read through
/// one of them, with their errors; the console's files and health probes are not counted.
/// </summary>
public sealed class RequestStatsTwoNodeTests : IAsyncLifetime
{
    private readonly string databaseName = "stayhub_test_reqs_" + Guid.NewGuid().ToString("N")[..12];

    public Task InitializeAsync() => TestDatabases.CreateAsync(SharedDatabaseFactory.ServerConnectionString, databaseName);

    public Task DisposeAsync() => TestDatabases.DropAsync(SharedDatabaseFactory.ServerConnectionString, databaseName);

    [Fact]
    public async Task Gets_on_both_nodes_are_counted_with_their_errors_and_console_files_are_not()
    {
        await using var nodeA = new SharedDatabaseFactory(databaseName, new StartupLog());
        await using var nodeB = new SharedDatabaseFactory(databaseName, new StartupLog());
        var admin = await nodeA.CreateClient().AuthenticateAsync(SharedDatabaseFactory.AdminEmail, SharedDatabaseFactory.AdminPassword);
        var anonymousA = nodeA.CreateClient(new() { AllowAutoRedirect = false });
        var anonymousB = nodeB.CreateClient(new() { AllowAutoRedirect = false });
        await FlushAsync(nodeA, nodeB);
        var before = await StatsAsync(admin);

        for (var i = 0; i < 7; i++)
        {
            (await anonymousA.GetAsync("/api/amenities")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        for (var i = 0; i < 5; i++)
        {
            (await anonymousB.GetAsync($"/api/listings/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await anonymousB.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // Not counted: the console's files (302 to sign-in without a session) and the probes.
        (await anonymousA.GetAsync("/admin/app.js")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await anonymousB.GetAsync("/admin/admin.css")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await anonymousA.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await FlushAsync(nodeA, nodeB);
        var after = await StatsAsync(admin);

        // +1: the first stats call itself, counted on node A once it was answered.
        (after.Requests.Count - before.Requests.Count).ShouldBe(1 + 7 + 5 + 1);
        (after.Requests.Errors - before.Requests.Errors).ShouldBe(5 + 1);
        (after.Requests.ServerErrors - before.Requests.ServerErrors).ShouldBe(0);
        after.Requests.ErrorRate.ShouldBe((double)after.Requests.Errors / after.Requests.Count, 1e-9);
        Code(after, ErrorCodes.NotFound).ShouldBe(Code(before, ErrorCodes.NotFound) + 5);
        Code(after, ErrorCodes.Unauthorized).ShouldBe(Code(before, ErrorCodes.Unauthorized) + 1);
        after.Requests.P50Ms.ShouldNotBeNull();
        after.Requests.P95Ms!.Value.ShouldBeGreaterThanOrEqualTo(after.Requests.P50Ms!.Value);
        after.Series.Single(s => s.Name == "requests").Points.Sum(p => p.Value).ShouldBe(after.Requests.Count);
        after.Series.Single(s => s.Name == "requests.errors").Points.Sum(p => p.Value).ShouldBe(after.Requests.Errors);
        await using var nodes = nodeA.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("select count(distinct node) from request_stats.request_minutes");
        (await nodes.ExecuteScalarAsync()).ShouldBe(2L, "each node stored its own rows");
    }

    private static async Task FlushAsync(params SharedDatabaseFactory[] nodes)
    {
        foreach (var node in nodes)
        {
            await node.Services.GetRequiredService<RequestStatsRecorder>().FlushAsync(CancellationToken.None);
        }
    }

    private static async Task<AdminStatsDto> StatsAsync(HttpClient admin) =>
        await (await admin.GetAsync("/api/admin/stats?period=1h")).ShouldBeJsonAsync<AdminStatsDto>();

    private static long Code(AdminStatsDto stats, string code) => stats.Requests.TopErrorCodes.SingleOrDefault(e => e.Code == code)?.Count ?? 0;
}
