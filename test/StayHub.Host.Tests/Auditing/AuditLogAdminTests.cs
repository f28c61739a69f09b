using System.Net;
using System.Text;
using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Auditing;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Auditing;

/// <summary>The audit log routes: who may read them, every filter, keyset paging newest first, and the detail with its entity changes.</summary>
[Collection(HostCollection.Name)]
public sealed class AuditLogAdminTests(HostFixture host)
{
    private const string Base = "/api/admin/audit-logs";

    public static TheoryData<string> Routes => new() { Base, Base + "/{id}" };

    /// <summary>A fresh user who made three audited requests: a profile change, becoming a host and a refused booking.</summary>
    private async Task<(TestUser User, IReadOnlyList<AuditLogSummaryDto> Rows, HttpClient Admin)> UserWithHistoryAsync()
    {
        var user = await host.CreateUserAsync("Audited Anna");
        (await user.Client.PutAsync("/api/account/me", new StringContent("""{"displayName":"Audited Anna B","bio":null,"phoneNumber":null}""", Encoding.UTF8, "application/json")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.PostAsync("/api/account/become-host", content: null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.PostAsync("/api/bookings", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AuditRows.WaitAsync(host, 3, "a.user_id = @id", ("id", user.Id))).Count.ShouldBe(3);
        var admin = await host.CreateAdminClientAsync();
        var page = await (await admin.GetAsync($"{Base}?userId={user.Id}")).ShouldBeJsonAsync<CursorPage<AuditLogSummaryDto>>();
        return (user, page.Items, admin);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Anonymous_is_401_and_a_guest_and_a_host_are_403(string route)
    {
        var url = route.Replace("{id}", Guid.CreateVersion7().ToString(), StringComparison.Ordinal);
        var guest = await host.CreateUserAsync();
        var hostUser = await host.CreateUserAsync();
        (await hostUser.Client.PostAsync("/api/account/become-host", content: null)).EnsureSuccessStatusCode();
        var hostClient = await host.CreateClient().AuthenticateAsync(hostUser.Email, hostUser.Password);

        await (await host.CreateClient().GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        await (await guest.Client.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await (await hostClient.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_users_requests_are_listed_newest_first_with_their_outcome()
    {
        var (user, rows, _) = await UserWithHistoryAsync();

        rows.Select(r => (r.HttpMethod, r.Path, r.StatusCode)).ShouldBe(
        [
            ("POST", "/api/bookings", 400),
            ("POST", "/api/account/become-host", 200),
            ("PUT", "/api/account/me", 200),
        ]);
        rows.ShouldAllBe(r => r.UserId == user.Id && r.UserName == user.Email && r.TraceId != null && r.DurationMs >= 0);
        rows[0].ErrorCode.ShouldBe(ErrorCodes.ValidationFailed);
        rows[2].EntityChangeCount.ShouldBeGreaterThan(0);
        rows.Select(r => r.CreatedAt).ShouldBe(rows.Select(r => r.CreatedAt).OrderDescending());
    }

    [Fact]
    public async Task Each_filter_narrows_the_list()
    {
        var (user, rows, admin) = await UserWithHistoryAsync();
        var failed = rows[0];
        async Task<IReadOnlyList<Guid>> IdsAsync(string filters) =>
            [.. (await (await admin.GetAsync($"{Base}?userId={user.Id}&{filters}")).ShouldBeJsonAsync<CursorPage<AuditLogSummaryDto>>()).Items.Select(r => r.Id)];

        (await IdsAsync("method=put")).ShouldBe([rows[2].Id]);
        (await IdsAsync("path=/api/account/")).ShouldBe([rows[1].Id, rows[2].Id]);
        (await IdsAsync("path=/api/account/me")).ShouldBe([rows[2].Id]);
        (await IdsAsync("status=400")).ShouldBe([failed.Id]);
        (await IdsAsync($"errorCode={ErrorCodes.ValidationFailed}")).ShouldBe([failed.Id]);
        (await IdsAsync($"traceId={failed.TraceId}")).ShouldBe([failed.Id]);
        (await IdsAsync($"from={Uri.EscapeDataString(rows[1].CreatedAt.ToString("O"))}")).ShouldBe([failed.Id, rows[1].Id]);
        (await IdsAsync($"to={Uri.EscapeDataString(rows[1].CreatedAt.ToString("O"))}")).ShouldBe([rows[2].Id]);
        (await IdsAsync("method=DELETE")).ShouldBeEmpty();
        var byTrace = await (await admin.GetAsync($"{Base}?traceId={failed.TraceId}")).ShouldBeJsonAsync<CursorPage<AuditLogSummaryDto>>();
        byTrace.Items.Select(r => r.Id).ShouldBe([failed.Id], "the trace id alone finds the request");
    }

    [Fact]
    public async Task Pages_walk_every_row_once_and_a_cursor_is_bound_to_its_filters()
    {
        var (user, rows, admin) = await UserWithHistoryAsync();
        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var url = $"{Base}?userId={user.Id}&pageSize=1" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await (await admin.GetAsync(url)).ShouldBeJsonAsync<CursorPage<AuditLogSummaryDto>>();
            page.Items.Count.ShouldBeLessThanOrEqualTo(1);
            seen.AddRange(page.Items.Select(r => r.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null && seen.Count < 10);

        seen.ShouldBe(rows.Select(r => r.Id));
        var first = await (await admin.GetAsync($"{Base}?userId={user.Id}&pageSize=1")).ShouldBeJsonAsync<CursorPage<AuditLogSummaryDto>>();
        var other = await admin.GetAsync($"{Base}?userId={user.Id}&method=POST&pageSize=1&cursor={Uri.EscapeDataString(first.NextCursor!)}");
        (await other.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).Errors.Keys.ShouldBe(["cursor"]);
    }

    [Fact]
    public async Task The_detail_has_the_entity_changes_and_an_unknown_id_is_404()
    {
        var (user, rows, admin) = await UserWithHistoryAsync();

        var detail = await (await admin.GetAsync($"{Base}/{rows[2].Id}")).ShouldBeJsonAsync<AuditLogDto>();

        detail.Id.ShouldBe(rows[2].Id);
        detail.UserId.ShouldBe(user.Id);
        detail.Path.ShouldBe("/api/account/me");
        var change = detail.EntityChanges.Single(c => c.EntityType == "AppUser");
        change.EntityType.ShouldBe("AppUser");
        change.EntityId.ShouldBe(user.Id.ToString());
        change.ChangeType.ShouldBe("Modified");
        change.Properties.ShouldContain("DisplayName");
        detail.UserAgent.ShouldBeNull("the test client sends none");
        await (await admin.GetAsync($"{Base}/{Guid.CreateVersion7()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Theory]
    [InlineData("status=700", "status")]
    [InlineData("status=abc", null)]
    [InlineData("method=P0ST", "method")]
    [InlineData("path=api", "path")]
    [InlineData("from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", "to")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("userId=not-a-guid", null)]
    [InlineData("cursor=%21%21", "cursor")]
    public async Task Invalid_filters_are_400(string filters, string? field)
    {
        var admin = await host.CreateAdminClientAsync();

        var problem = await (await admin.GetAsync($"{Base}?{filters}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        if (field is not null)
        {
            problem.Errors.Keys.ShouldContain(field);
        }
    }
}
