using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Admin;
using StayHub.Framework.Contracts.Auditing;
using StayHub.Identity.Contracts;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>The framework's admin services (audit log, dashboard) through the proxies, against the real host.</summary>
[Collection(ClientHostCollection.Name)]
public sealed class AdminClientTests(ClientHostFixture host)
{
    private static AuditLogQuery ByUser(Guid userId, int? pageSize = null, string? cursor = null) =>
        new(userId, null, null, null, null, null, null, null, pageSize, cursor);

    [Fact]
    [CoversMethod(typeof(IAuditLogAppService), nameof(IAuditLogAppService.ListAuditLogsAsync))]
    [CoversMethod(typeof(IAuditLogAppService), nameof(IAuditLogAppService.GetAuditLogAsync))]
    public async Task An_admin_pages_a_users_audit_rows_and_reads_one_with_its_changes()
    {
        var user = await host.CreateUserAsync("Audited Client");
        await user.Get<IAccountAppService>().UpdateMyProfileAsync(new UpdateProfileRequest("Audited Client 2", null, null), CancellationToken.None);
        await user.Get<IAccountAppService>().BecomeHostAsync(CancellationToken.None);
        var audit = host.Admin().Get<IAuditLogAppService>();

        var rows = await Eventually.ReachAsync(
            () => audit.ListAuditLogsAsync(ByUser(user.Id, pageSize: 1), CancellationToken.None),
            page => page.NextCursor is not null);
        var second = await audit.ListAuditLogsAsync(ByUser(user.Id, pageSize: 1, cursor: rows.NextCursor), CancellationToken.None);

        rows.Items.ShouldHaveSingleItem().Path.ShouldBe("/api/account/become-host");
        second.Items.ShouldHaveSingleItem().Path.ShouldBe("/api/account/me");
        var detail = await audit.GetAuditLogAsync(second.Items[0].Id, CancellationToken.None);
        detail.EntityChanges.ShouldContain(c => c.EntityType == "AppUser" && c.EntityId == user.Id.ToString());
        var missing = await Should.ThrowAsync<StayHubRemoteException>(() => audit.GetAuditLogAsync(Guid.CreateVersion7(), CancellationToken.None));
        missing.Status.ShouldBe(404);
        var forbidden = await Should.ThrowAsync<StayHubRemoteException>(() => user.Get<IAuditLogAppService>().ListAuditLogsAsync(ByUser(user.Id), CancellationToken.None));
        forbidden.Status.ShouldBe(403);
        forbidden.Code.ShouldBe(ErrorCodes.Forbidden);
    }

    [Fact]
    [CoversMethod(typeof(IAdminStatsAppService), nameof(IAdminStatsAppService.GetStatsAsync))]
    public async Task An_admin_reads_the_dashboard_and_a_bad_period_is_400()
    {
        var before = await host.Admin().Get<IAdminStatsAppService>().GetStatsAsync("24h", CancellationToken.None);
        await host.CreateUserAsync("Counted Client");

        var after = await host.Admin().Get<IAdminStatsAppService>().GetStatsAsync("24h", CancellationToken.None);

        after.Period.ShouldBe("24h");
        after.BucketSeconds.ShouldBe(3600);
        after.Counters.Single(c => c.Name == "users.new").Value.ShouldBeGreaterThan(before.Counters.Single(c => c.Name == "users.new").Value);
        after.Series.Single(s => s.Name == "users.new").Points.Count.ShouldBe(24);
        var invalid = await Should.ThrowAsync<StayHubRemoteException>(() => host.Admin().Get<IAdminStatsAppService>().GetStatsAsync("2h", CancellationToken.None));
        invalid.Status.ShouldBe(400);
        invalid.Errors.Keys.ShouldBe(["period"]);
    }
}
