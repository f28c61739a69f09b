using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Auditing;

namespace StayHub.Host.Tests.Auditing;

/// <summary>The retention job deletes rows older than Auditing__Retention (90 days by default) in batches and keeps the rest.</summary>
[Collection(AuditStoreCollection.Name)]
public sealed class AuditRetentionTests(AuditStoreFixture host)
{
    [Fact]
    public async Task Rows_older_than_the_retention_are_deleted_in_batches_and_newer_ones_kept()
    {
        var tag = $"retention-{Guid.NewGuid():N}@example.test";
        // 20 rows just past 90 days (three batches of 7), 5 just inside it, 5 from today.
        await InsertAsync(tag, 20, "now() - interval '90 days' - interval '1 hour' - (i * interval '1 minute')");
        await InsertAsync(tag, 5, "now() - interval '90 days' + interval '1 hour' + (i * interval '1 minute')");
        await InsertAsync(tag, 5, "now() - (i * interval '1 minute')");
        var job = ActivatorUtilities.CreateInstance<AuditRetentionJob>(host.Services);

        var deleted = await job.DeleteExpiredAsync(CancellationToken.None);

        // The scheduled firing may have taken some of them first (it runs at start); what is left decides.
        deleted.ShouldBeLessThanOrEqualTo(20);
        (await CountAsync(tag, "created_at < now() - interval '90 days'")).ShouldBe(0);
        (await CountAsync(tag, "true")).ShouldBe(10);
        (await job.DeleteExpiredAsync(CancellationToken.None)).ShouldBe(0, "nothing left to delete");
    }

    [Fact]
    public async Task The_job_is_scheduled_on_the_clustered_store()
    {
        var triggers = await host.ScalarAsync<long>("select count(*) from quartz.qrtz_triggers where trigger_name = @name", ("name", AuditRetentionJob.Key));

        triggers.ShouldBe(1);
    }

    private Task<int> InsertAsync(string tag, int count, string createdAt) => host.ScalarAsync<int>(
        $"""
        INSERT INTO audit.audit_logs (id, user_name, http_method, path, status_code, duration_ms, created_at)
        SELECT gen_random_uuid(), @tag, 'POST', '/api/retention', 200, 1, {createdAt}
        FROM generate_series(1, {count}) AS i
        """,
        ("tag", tag));

    private async Task<long> CountAsync(string tag, string condition) =>
        await host.ScalarAsync<long>($"select count(*) from audit.audit_logs where user_name = @tag and {condition}", ("tag", tag));
}
