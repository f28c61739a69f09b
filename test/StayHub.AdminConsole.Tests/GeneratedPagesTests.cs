using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StayHub.Framework.Permissions;
using StayHub.Identity.Contracts;

namespace StayHub.AdminConsole.Tests;

/// <summary>The generated pages follow /api/configuration: an action button exists only while its permission is held.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class GeneratedPagesTests(ConsoleHostFixture host)
{
    [Fact]
    public async Task Action_buttons_appear_only_for_permissions_the_admin_holds()
    {
        var permissions = host.Services.GetRequiredService<IPermissionManager>();
        var adminGrants = await permissions.GetGrantedAsync(PermissionProviders.Role, Roles.Admin, CancellationToken.None);
        adminGrants.ShouldContain(IdentityPermissions.UsersManage);
        var (userId, email) = await host.RegisterAsync("listed");
        try
        {
            // The admin role keeps reading users but loses managing them (tests of this collection run one at a time).
            await permissions.SetGrantsAsync(
                PermissionProviders.Role, Roles.Admin, [.. adminGrants.Where(p => p != IdentityPermissions.UsersManage)], CancellationToken.None);
            var page = await host.NewPageAsync();
            await ConsoleHostFixture.SignInAsAdminAsync(page);
            await page.GotoAsync($"/admin/#/users?q={Uri.EscapeDataString(email)}");
            var row = page.Locator($"table[data-list='users'] tr[data-id='{userId}']");
            await Assertions.Expect(row).ToContainTextAsync(email);

            await Assertions.Expect(row.Locator("a", new() { HasTextString = "Details" })).ToBeVisibleAsync();
            (await row.Locator("button[data-action]").CountAsync()).ShouldBe(0);
            await ConsoleHostFixture.ScreenshotAsync(page, "users-read-only");
            await page.Context.CloseAsync();
        }
        finally
        {
            await permissions.SetGrantsAsync(PermissionProviders.Role, Roles.Admin, adminGrants.ToList(), CancellationToken.None);
        }

        // With the permission back, a new sign-in shows the buttons again.
        var again = await host.NewPageAsync();
        await ConsoleHostFixture.SignInAsAdminAsync(again);
        await again.GotoAsync($"/admin/#/users?q={Uri.EscapeDataString(email)}");
        var buttons = again.Locator($"table[data-list='users'] tr[data-id='{userId}'] button[data-action]");
        await Assertions.Expect(buttons).ToHaveCountAsync(3);
        (await buttons.EvaluateAllAsync<string[]>("b => b.map(x => x.dataset.action)")).ShouldBe(["UpdateUserRoles", "LockUser", "UnlockUser"], ignoreOrder: true);
        await again.Context.CloseAsync();
    }
}
