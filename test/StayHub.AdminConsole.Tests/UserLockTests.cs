using System.Net;
using Microsoft.Playwright;
using StayHub.Framework.Testing;

namespace StayHub.AdminConsole.Tests;

/// <summary>An admin action in the console has its effect on the API: a lock ends the user's sessions.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class UserLockTests(ConsoleHostFixture host)
{
    [Fact]
    public async Task Locking_a_user_in_the_console_makes_their_next_token_refresh_fail_and_the_audit_log_shows_it()
    {
        var (userId, email) = await host.RegisterAsync("to-be-locked");
        using var http = host.Http();
        var tokens = (await http.PasswordGrantAsync(email, ConsoleHostFixture.Password)).ShouldSucceed();
        var page = await host.NewPageAsync();
        await ConsoleHostFixture.SignInAsAdminAsync(page);

        await page.GotoAsync($"/admin/#/users?q={Uri.EscapeDataString(email)}");
        var row = page.Locator($"table[data-list='users'] tr[data-id='{userId}']");
        await Assertions.Expect(row).ToContainTextAsync(email);
        await row.Locator("button[data-action='LockUser']").ClickAsync();
        var dialog = page.Locator("dialog[open]");
        await dialog.Locator("[data-field='reason']").FillAsync("Chargebacks on three stays");
        await ConsoleHostFixture.ScreenshotAsync(page, "users-lock-dialog");
        await dialog.Locator("button[value='ok']").ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("Lock: done");

        var refreshed = await http.RefreshGrantAsync(tokens.RefreshToken!);
        refreshed.Status.ShouldBe(HttpStatusCode.BadRequest);
        refreshed.Error.ShouldBe("invalid_grant");

        // The detail page shows the lock and its reason.
        await page.GotoAsync($"/admin/#/users/{userId}");
        await ConsoleHostFixture.LoadedAsync(page);
        await Assertions.Expect(page.Locator("[data-detail='users']")).ToContainTextAsync("Chargebacks on three stays");
        await ConsoleHostFixture.ScreenshotAsync(page, "users-detail-locked");

        // The lock is in the audit log: filtered by its path, the row's detail shows the request and its entity changes.
        await page.GotoAsync($"/admin/#/audit-logs?path={Uri.EscapeDataString($"/api/admin/users/{userId}/lock")}");
        var auditRow = page.Locator("table[data-list='audit-logs'] tbody tr").First;
        await Assertions.Expect(auditRow).ToContainTextAsync($"/api/admin/users/{userId}/lock");
        await Assertions.Expect(auditRow).ToContainTextAsync("POST");
        await ConsoleHostFixture.ScreenshotAsync(page, "page-audit-logs-filtered");
        await auditRow.Locator("a", new() { HasTextString = "Details" }).ClickAsync();
        await ConsoleHostFixture.LoadedAsync(page);
        await Assertions.Expect(page.Locator("[data-detail='audit-logs']")).ToContainTextAsync("Entity changes");
        await ConsoleHostFixture.ScreenshotAsync(page, "audit-log-detail");
        await page.Context.CloseAsync();
    }
}
