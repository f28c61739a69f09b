using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.Admin;

[Collection(HostCollection.Name)]
public sealed class AdminUsersTests(HostFixture host)
{
    private static string Token() => "tok" + Guid.NewGuid().ToString("N")[..12];

    private static async Task<CursorPage<UserSummaryDto>> ListAsync(HttpClient admin, string query)
    {
        using var response = await admin.GetAsync("/api/admin/users" + query);
        return await response.ShouldBeJsonAsync<CursorPage<UserSummaryDto>>();
    }

    [Fact]
    public async Task Without_a_token_is_401()
    {
        using var response = await host.CreateClient().GetAsync("/api/admin/users");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Guest_is_403_forbidden()
    {
        var guest = await host.CreateUserAsync();

        using var response = await guest.Client.GetAsync("/api/admin/users");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Host_without_a_grant_is_403_forbidden()
    {
        var user = await host.CreateUserAsync();
        (await user.Client.PostAsync("/api/account/become-host", content: null)).Dispose();
        var hostClient = await host.CreateClient().AuthenticateAsync(user.Email, user.Password);

        using var response = await hostClient.GetAsync("/api/admin/users");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Admin_gets_items_and_total_count()
    {
        await host.CreateUserAsync();
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.GetAsync("/api/admin/users?pageSize=100");
        var raw = await response.Content.ReadAsStringAsync();
        var page = await response.ShouldBeJsonAsync<CursorPage<UserSummaryDto>>();

        raw.ShouldContain("\"items\"");
        raw.ShouldContain("\"totalCount\"");
        raw.ShouldContain("\"nextCursor\"");
        page.Items.ShouldNotBeEmpty();
        page.TotalCount.ShouldNotBeNull();
        page.TotalCount.Value.ShouldBeGreaterThanOrEqualTo(2);
        page.Items.ShouldContain(u => u.Email == StayHubAppFactory<Program>.AdminEmail && u.Roles.Contains(Roles.Admin));
        raw.ShouldNotContain("passwordHash", Case.Insensitive);
        raw.ShouldNotContain("securityStamp", Case.Insensitive);
    }

    [Fact]
    public async Task Default_page_size_is_20()
    {
        var tag = Token();
        for (var i = 0; i < 21; i++)
        {
            await host.CreateUserAsync($"Bulk {tag} {i}");
        }

        var admin = await host.CreateAdminClientAsync();
        var page = await ListAsync(admin, $"?q={tag}");

        page.Items.Count.ShouldBe(20);
        page.TotalCount.ShouldBe(21);
        page.NextCursor.ShouldNotBeNull();
    }

    [Fact]
    public async Task Q_matching_part_of_an_email_finds_exactly_that_user()
    {
        var user = await host.CreateUserAsync();
        await host.CreateUserAsync();
        var admin = await host.CreateAdminClientAsync();
        var uniquePart = user.Email[5..21].ToUpperInvariant();

        var page = await ListAsync(admin, $"?q={Uri.EscapeDataString(uniquePart)}");

        page.Items.Count.ShouldBe(1);
        page.Items[0].Id.ShouldBe(user.Id);
        page.Items[0].Email.ShouldBe(user.Email);
        page.Items[0].Roles.ShouldBe([Roles.Guest]);
        page.Items[0].LockedOut.ShouldBeFalse();
        page.TotalCount.ShouldBe(1);
        page.NextCursor.ShouldBeNull();
    }

    [Fact]
    public async Task Q_treats_like_wildcards_literally()
    {
        await host.CreateUserAsync();
        var admin = await host.CreateAdminClientAsync();

        var percent = await ListAsync(admin, "?q=" + Uri.EscapeDataString("%"));
        var underscore = await ListAsync(admin, "?q=" + Uri.EscapeDataString("____________________"));

        percent.Items.ShouldBeEmpty();
        underscore.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Role_filter_returns_only_users_holding_the_role()
    {
        var tag = Token();
        var guest = await host.CreateUserAsync($"Role {tag} guest");
        var hostUser = await host.CreateUserAsync($"Role {tag} host");
        (await hostUser.Client.PostAsync("/api/account/become-host", content: null)).Dispose();
        var admin = await host.CreateAdminClientAsync();

        var hosts = await ListAsync(admin, $"?q={tag}&role=host");
        var everyone = await ListAsync(admin, $"?q={tag}");
        var allHosts = await ListAsync(admin, "?role=HOST&pageSize=100");

        hosts.Items.Select(u => u.Id).ShouldBe([hostUser.Id]);
        everyone.Items.Select(u => u.Id).ShouldBe([guest.Id, hostUser.Id], ignoreOrder: true);
        allHosts.Items.ShouldNotBeEmpty();
        allHosts.Items.ShouldAllBe(u => u.Roles.Contains(Roles.Host));
    }

    [Fact]
    public async Task Unknown_role_is_400()
    {
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.GetAsync("/api/admin/users?role=nope");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["role"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("-1")]
    public async Task Page_size_out_of_range_is_400_validation_failed(string pageSize)
    {
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.GetAsync($"/api/admin/users?pageSize={pageSize}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["pageSize"]);
    }

    [Fact]
    public async Task Page_size_that_is_not_a_number_is_400()
    {
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.GetAsync("/api/admin/users?pageSize=lots");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("garbage!!")]
    [InlineData("bm90LWpzb24")]
    [InlineData("InN0cmluZyI")]
    public async Task Garbage_cursor_is_400(string cursor)
    {
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.GetAsync($"/api/admin/users?cursor={Uri.EscapeDataString(cursor)}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.Errors.Keys.ShouldBe(["cursor"]);
    }

    [Fact]
    public async Task Paging_with_page_size_2_yields_every_match_once()
    {
        var tag = Token();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await host.CreateUserAsync($"Pager {tag} #{i}")).Id);
        }

        var admin = await host.CreateAdminClientAsync();
        var seen = new List<Guid>();
        var pageSizes = new List<int>();
        string? cursor = null;
        CursorPage<UserSummaryDto> page;
        do
        {
            page = await ListAsync(admin, $"?q={tag}&pageSize=2" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"));
            page.TotalCount.ShouldBe(5);
            seen.AddRange(page.Items.Select(u => u.Id));
            pageSizes.Add(page.Items.Count);
            cursor = page.NextCursor;
            pageSizes.Count.ShouldBeLessThanOrEqualTo(5, "paging does not terminate");
        }
        while (cursor is not null);

        pageSizes.ShouldBe([2, 2, 1]);
        seen.Count.ShouldBe(5);
        seen.Distinct().Count().ShouldBe(5);
        seen.ShouldBe(ids, ignoreOrder: true);
        page.NextCursor.ShouldBeNull();
    }

    [Fact]
    public async Task Exactly_full_last_page_has_a_null_next_cursor()
    {
        var tag = Token();
        for (var i = 0; i < 4; i++)
        {
            await host.CreateUserAsync($"Even {tag} {i}");
        }

        var admin = await host.CreateAdminClientAsync();
        var first = await ListAsync(admin, $"?q={tag}&pageSize=2");
        first.NextCursor.ShouldNotBeNull();
        var second = await ListAsync(admin, $"?q={tag}&pageSize=2&cursor={Uri.EscapeDataString(first.NextCursor)}");

        second.Items.Count.ShouldBe(2);
        second.NextCursor.ShouldBeNull();
        first.Items.Select(u => u.Id).Intersect(second.Items.Select(u => u.Id)).ShouldBeEmpty();
    }
}
