using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Playwright;
using StayHub.Framework.Testing;

namespace StayHub.AdminConsole.Tests;

/// <summary>The dashboard draws what GET /api/admin/stats answers: every counter's card shows the API's number.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DashboardTests(ConsoleHostFixture host)
{
    [Fact]
    public async Task Dashboard_cards_show_the_numbers_of_the_stats_api_and_its_series_as_charts()
    {
        await host.RegisterAsync("counted-one");
        await host.RegisterAsync("counted-two");
        using var http = host.Http();
        var token = (await http.PasswordGrantAsync(StayHubAppFactory<Program>.AdminEmail, StayHubAppFactory<Program>.AdminPassword)).ShouldSucceed();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        using var stats = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/admin/stats?period=24h", UriKind.Relative)));
        var counters = stats.RootElement.GetProperty("counters").EnumerateArray()
            .Select(c => (Name: c.GetProperty("name").GetString()!, Value: c.GetProperty("value").GetInt64()))
            .ToList();
        counters.ShouldNotBeEmpty();
        counters.Single(c => c.Name == "users.new").Value.ShouldBeGreaterThanOrEqualTo(3); // the admin and the two above

        var page = await host.NewPageAsync();
        await ConsoleHostFixture.SignInAsAdminAsync(page);
        await page.GotoAsync("/admin/#/dashboard?period=24h");
        await ConsoleHostFixture.LoadedAsync(page);
        foreach (var (name, value) in counters)
        {
            await Assertions.Expect(page.Locator($"[data-stat='{name}'] .value")).ToHaveTextAsync(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var series = stats.RootElement.GetProperty("series").GetArrayLength();
        (await page.Locator("svg[data-chart]").CountAsync()).ShouldBeGreaterThanOrEqualTo(series);
        await ConsoleHostFixture.ScreenshotAsync(page, "page-dashboard");
        await page.Context.CloseAsync();
    }
}
