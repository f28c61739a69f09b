using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;
using StayHub.Framework.Testing;

namespace StayHub.AdminConsole.Tests;

/// <summary>A tick in the permission console is a grant the API enforces at once, and unticking takes it back.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PermissionConsoleTests(ConsoleHostFixture host)
{
    private const string Permission = "Auditing.Logs.Read";

    [Fact]
    public async Task Ticking_a_permission_for_the_guest_role_opens_the_route_to_a_guest_and_unticking_closes_it()
    {
        var (_, email) = await host.RegisterAsync("curious-guest");
        using var guest = host.Http();
        var token = (await guest.PasswordGrantAsync(email, ConsoleHostFixture.Password)).ShouldSucceed();
        guest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        async Task<HttpStatusCode> GuestReadsAuditLog()
        {
            using var response = await guest.GetAsync(new Uri("/api/admin/audit-logs?pageSize=1", UriKind.Relative));
            return response.StatusCode;
        }

        (await GuestReadsAuditLog()).ShouldBe(HttpStatusCode.Forbidden);

        var page = await host.NewPageAsync();
        await ConsoleHostFixture.SignInAsAdminAsync(page);
        await page.ClickAsync("nav a[data-page='permissions']");
        var tick = page.Locator($"input[data-permission='{Permission}'][data-target='role:guest']");
        await Assertions.Expect(tick).Not.ToBeCheckedAsync();
        await ConsoleHostFixture.ScreenshotAsync(page, "page-permissions");

        await tick.CheckAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync($"{Permission} granted to guest");
        (await GuestReadsAuditLog()).ShouldBe(HttpStatusCode.OK);

        await tick.UncheckAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync($"{Permission} taken from guest");
        (await GuestReadsAuditLog()).ShouldBe(HttpStatusCode.Forbidden);

        // The per-user part: the guest's effective set names where each permission comes from.
        await page.GotoAsync($"/admin/#/permissions?user={Uri.EscapeDataString(email)}");
        await Assertions.Expect(page.Locator("table[data-grid='user']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-effective='{Permission}']")).ToHaveTextAsync("no");
        await ConsoleHostFixture.ScreenshotAsync(page, "page-permissions-user");
        await page.Context.CloseAsync();
    }
}
