using System.Text.Json;
using Npgsql;
using StayHub.Framework.Auditing;
using StayHub.Framework.Contracts.Auditing;
using Xunit.Abstractions;

namespace StayHub.Host.Tests.Auditing;

/// <summary>
/// EXPLAIN (FORMAT JSON) of the statement the audit list sends (the same builder and typed parameters), on 60,000
/// generated rows over 30 days with fresh statistics and default planner settings: every filter, alone and combined,
/// and the next page of each, is answered through an index of the audit table, never a sequential scan of it.
/// </summary>
[Collection(AuditStoreCollection.Name)]
public sealed class AuditLogPlanTests(AuditStoreFixture host, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly Guid FrequentUser = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public async Task InitializeAsync()
    {
        if (await host.ScalarAsync<long>("select count(*) from audit.audit_logs where user_name = 'plan@example.test'") > 0)
        {
            return;
        }

        // 60,000 rows: 200 users (one of them FrequentUser), 5 methods, 4% errors over 6 codes, 30 days back.
        await host.ScalarAsync<int>(
            """
            INSERT INTO audit.audit_logs (id, user_id, user_name, http_method, path, status_code, duration_ms, trace_id, error_code, created_at, entity_changes)
            SELECT gen_random_uuid(),
                   CASE WHEN i % 200 = 0 THEN '0193a000-0000-7000-8000-000000000001'::uuid ELSE md5('u' || (i % 200))::uuid END,
                   'plan@example.test',
                   (ARRAY['POST','PUT','DELETE','PATCH','POST'])[1 + i % 5],
                   (ARRAY['/api/bookings','/api/listings/' || i,'/api/account/me','/api/admin/users/' || i || '/lock'])[1 + i % 4],
                   CASE WHEN i % 25 = 0 THEN 409 ELSE 200 END,
                   i % 300,
                   md5('t' || i),
                   CASE WHEN i % 25 = 0 THEN (ARRAY['booking.dates_unavailable','validation_failed','auth.forbidden','not_found','listing.concurrent_change','identity.last_admin'])[1 + i % 6] END,
                   now() - (i * interval '43 seconds'),
                   '[]'::jsonb
            FROM generate_series(1, 60000) AS i
            """);
        await host.ScalarAsync<int>("ANALYZE audit.audit_logs");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Filters() => new()
    {
        "",
        "user",
        "method",
        "path",
        "status",
        "errorCode",
        "from",
        "to",
        "traceId",
        "user,method,status",
        "errorCode,from,to",
        "path,status,from",
        "method,path,errorCode,status",
        "user,from,to,path",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Every_filter_and_combination_and_its_next_page_is_served_by_an_index(string filters)
    {
        var set = filters.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var query = new AuditLogQuery(
            set.Contains("user") ? FrequentUser : null,
            set.Contains("method") ? "put" : null,
            set.Contains("path") ? "/api/account/" : null,
            set.Contains("status") ? 409 : null,
            set.Contains("errorCode") ? "auth.forbidden" : null,
            set.Contains("from") ? Now.AddDays(-3) : null,
            set.Contains("to") ? Now.AddDays(-1) : null,
            set.Contains("traceId") ? "0cc175b9c0f1b6a831c399e269772661" : null,
            null,
            null);

        foreach (var after in new[] { null, new AuditLogPosition(Now.AddDays(-2), Guid.CreateVersion7()) })
        {
            var plan = await ExplainAsync(query, after);
            var nodes = Flatten(plan.RootElement[0].GetProperty("Plan")).ToList();
            output.WriteLine($"{filters} (page {(after is null ? 1 : 2)}): {string.Join(" > ", nodes.Select(n => $"{n.Type} {n.Index ?? n.Relation}"))}");

            nodes.Where(n => n.Type == "Seq Scan" && n.Relation == "audit_logs").ShouldBeEmpty($"sequential scan of audit_logs for '{filters}'");
            nodes.ShouldContain(n => n.Index != null && n.Index.StartsWith("ix_audit_logs_", StringComparison.Ordinal), $"no audit index for '{filters}'");
        }
    }

    [Fact]
    public async Task The_unfiltered_page_is_read_in_index_order_without_a_sort()
    {
        var plan = await ExplainAsync(new AuditLogQuery(null, null, null, null, null, null, null, null, null, null), null);
        var nodes = Flatten(plan.RootElement[0].GetProperty("Plan")).ToList();

        nodes.ShouldNotContain(n => n.Type.Contains("Sort", StringComparison.Ordinal));
        nodes.ShouldContain(n => n.Type == "Index Scan Backward" || (n.Type == "Index Scan" && n.Index == "ix_audit_logs_created_at_id"));
        nodes.Where(n => n.Index != null).Select(n => n.Index).ShouldContain("ix_audit_logs_created_at_id");
    }

    private async Task<JsonDocument> ExplainAsync(AuditLogQuery query, AuditLogPosition? after)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = AuditLogListSql.Build(query, after, 21, connection.CreateCommand());
        command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
        return JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!);
    }

    private sealed record PlanNode(string Type, string? Relation, string? Index);

    private static IEnumerable<PlanNode> Flatten(JsonElement node)
    {
        var type = node.GetProperty("Node Type").GetString()!;
        if (type == "Index Scan" && node.TryGetProperty("Scan Direction", out var direction) && direction.GetString() == "Backward")
        {
            type = "Index Scan Backward";
        }

        yield return new PlanNode(
            type,
            node.TryGetProperty("Relation Name", out var r) ? r.GetString() : null,
            node.TryGetProperty("Index Name", out var i) ? i.GetString() : null);
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray().SelectMany(Flatten))
            {
                yield return child;
            }
        }
    }
}
