using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StayHub.Framework.Contracts.Admin;
using StayHub.Framework.Permissions;

namespace StayHub.AdminConsole.Tests;

/// <summary>
/// The console is for anyone granted an admin permission, not only the <c>admin</c> role: a user granted only
/// <c>Auditing.Logs.Read</c> is let in by the server and sees the audit-log page alone; without it, refused again.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class PermissionHolderAccessTests(ConsoleHostFixture host)
{
    [Fact]
    public async Task A_user_granted_only_the_audit_log_permission_gets_the_console_with_the_audit_log_page_alone()
    {
        var permissions = host.Services.GetRequiredService<IPermissionManager>();
        var (userId, email) = await host.RegisterAsync("auditor");
        await permissions.SetGrantsAsync(PermissionProviders.User, userId.ToString(), [AdminPermissions.AuditLogsRead], CancellationToken.None);

        var page = await host.NewPageAsync();
        await ConsoleHostFixture.SignInAsync(page, email, ConsoleHostFixture.Password);
        await page.WaitForURLAsync("**/admin/#/**");
        await Assertions.Expect(page.Locator("nav a").First).ToBeVisibleAsync();

        var pages = await page.Locator("nav a").EvaluateAllAsync<string[]>("links => links.map(l => l.dataset.page)");
        pages.ShouldBe(["audit-logs"]);
        await Assertions.Expect(page.Locator("table[data-list='audit-logs']")).ToBeVisibleAsync();
        (await page.Locator("main .error").CountAsync()).ShouldBe(0, await page.InnerTextAsync("main"));
        await ConsoleHostFixture.ScreenshotAsync(page, "auditor-audit-log-only");
        // The server's gate, not only the page: the console's files are served to this session.
        var script = await page.Context.APIRequest.GetAsync("/admin/app.js");
        script.Status.ShouldBe(200);

        // The grant taken back: the same session is refused from the next request on.
        await permissions.SetGrantsAsync(PermissionProviders.User, userId.ToString(), [], CancellationToken.None);
        var refused = await page.Context.APIRequest.GetAsync("/admin/app.js", new() { Headers = new Dictionary<string, string> { ["Accept"] = "application/json" } });
        refused.Status.ShouldBe(403);
        (await refused.TextAsync()).ShouldContain("\"code\":\"auth.forbidden\"");
        await page.Context.CloseAsync();
    }
}
