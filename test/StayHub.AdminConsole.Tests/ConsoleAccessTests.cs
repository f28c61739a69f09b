using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StayHub.Framework.Testing;

namespace StayHub.AdminConsole.Tests;

/// <summary>Who gets the console: the sign-in through the real login page, the admin's pages, the refusal of others.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class ConsoleAccessTests(ConsoleHostFixture host)
{
    [Fact]
    public async Task Without_a_session_the_console_sends_the_browser_to_the_sign_in_page()
    {
        using var http = host.Http();
        using var response = await http.GetAsync(new Uri("/admin/app.js", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/account/login?returnUrl=%2Fadmin%2F");
    }

    [Fact]
    public async Task Admin_signs_in_through_the_login_page_and_every_page_renders_under_a_strict_policy()
    {
        var page = await host.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            // A CSP violation or a script error shows here; failed loads are judged by the answers below.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            // The login page is the identity module's and has no icon; the console declares its own.
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                consoleErrors.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync("/admin/");
        page.Url.ShouldContain("/account/login");
        await ConsoleHostFixture.ScreenshotAsync(page, "sign-in");
        await page.FillAsync("input[name=email]", StayHubAppFactory<Program>.AdminEmail);
        await page.FillAsync("input[name=password]", StayHubAppFactory<Program>.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin/#/**");
        await Assertions.Expect(page.Locator("nav a").First).ToBeVisibleAsync();

        var pages = await page.Locator("nav a").EvaluateAllAsync<string[]>("links => links.map(l => l.dataset.page)");
        // Generated from /api/definition: every admin service of the host that has a list.
        foreach (var expected in new[] { "users", "listings", "bookings", "payments", "reviews", "notifications/deliveries" })
        {
            pages.ShouldContain(expected, $"pages in the navigation: {string.Join(", ", pages)}");
        }

        foreach (var slug in pages)
        {
            await page.ClickAsync($"nav a[data-page='{slug}']");
            await Assertions.Expect(page.Locator($"nav a[data-page='{slug}']")).ToHaveAttributeAsync("aria-current", "page");
            await ConsoleHostFixture.LoadedAsync(page);
            (await page.Locator("main .error").CountAsync()).ShouldBe(0, $"page {slug}: {await page.InnerTextAsync("main")}");
            await ConsoleHostFixture.ScreenshotAsync(page, "page-" + slug.Replace('/', '-'));
        }

        await page.ClickAsync("nav a[data-page='users']");
        await Assertions.Expect(page.Locator("table[data-list='users']")).ToContainTextAsync(StayHubAppFactory<Program>.AdminEmail);

        // The shell and its files come with a policy that allows nothing inline and nothing from elsewhere.
        var shell = await page.Context.APIRequest.GetAsync("/admin/");
        shell.Status.ShouldBe(200);
        shell.Headers["content-security-policy"].ShouldStartWith("default-src 'self'; script-src 'self'; style-src 'self'");
        var html = await shell.TextAsync();
        InlineScript().IsMatch(html).ShouldBeFalse(html);
        html.ShouldNotContain("style=");
        html.ShouldNotContain("http://");
        html.ShouldNotContain("https://");
        consoleErrors.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_signed_in_guest_is_refused_the_console_by_the_server()
    {
        var (_, email) = await host.RegisterAsync("not-an-admin");
        var page = await host.NewPageAsync();

        await ConsoleHostFixture.SignInAsync(page, email, ConsoleHostFixture.Password);
        await page.WaitForURLAsync("**/admin/");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("This console is for administrators");
        await ConsoleHostFixture.ScreenshotAsync(page, "refused-guest");
        // Not only the page: every file of the console is refused to this session, as HTML or as Problem Details.
        var script = await page.Context.APIRequest.GetAsync("/admin/app.js", new() { Headers = new Dictionary<string, string> { ["Accept"] = "application/json" } });
        script.Status.ShouldBe(403);
        (await script.TextAsync()).ShouldContain("\"code\":\"auth.forbidden\"");
        var shell = await page.Context.APIRequest.GetAsync("/admin/");
        shell.Status.ShouldBe(403);
        (await shell.TextAsync()).ShouldNotContain("app.js");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
