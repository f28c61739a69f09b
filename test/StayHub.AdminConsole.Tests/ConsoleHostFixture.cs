using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.Playwright;
using StayHub.Framework.Testing;

namespace StayHub.AdminConsole.Tests;

/// <summary>
/// The real host on a real loopback port (Kestrel) with its own database, and one headless Chromium (Debian's, at
/// <c>/usr/bin/chromium</c> or <c>STAYHUB_CHROMIUM</c>; nothing is downloaded) for the whole collection. The port is
/// chosen before the host starts because the console's redirect URI (<c>stayhub-admin</c>) is seeded at start.
/// </summary>
public sealed class ConsoleHostFixture : StayHubAppFactory<Program>
{
    public const string Password = "Quiet-Lantern-Road-42";

    private readonly int port;
    private IPlaywright? playwright;

    public ConsoleHostFixture()
    {
        port = FreePort();
        UseKestrel(port);
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>Root of the host, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: <c>.data/test-results/admin-console</c> of the checkout.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), ".data", "test-results", "admin-console");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Identity:Clients:StayHubAdmin:RedirectUris:0"] = new Uri(BaseAddress, "admin/callback").ToString(),
        ["Identity:Clients:StayHubAdmin:PostLogoutRedirectUris:0"] = new Uri(BaseAddress, "admin/").ToString(),
    };

    public override async Task InitializeAsync()
    {
        await TestDatabases.CreateAsync(ServerConnectionString, DatabaseName);
        StartServer();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("STAYHUB_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // CI runs as root, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
        // The shared 2-core machine can take seconds for a first page; 5 s (the default) flakes there.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>A fresh browser context (no cookies) and page on the host.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Opens /admin, is sent to the real sign-in page, signs in there and waits for the console to route.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/admin/");
        page.Url.ShouldContain("/account/login");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("button[type=submit]");
    }

    /// <summary>Signs in as the seeded administrator and waits until the console shows its navigation.</summary>
    public static async Task SignInAsAdminAsync(IPage page)
    {
        await SignInAsync(page, AdminEmail, AdminPassword);
        await page.WaitForURLAsync("**/admin/#/**");
        await Assertions.Expect(page.Locator("nav a").First).ToBeVisibleAsync();
    }

    /// <summary>Waits until the page's data is in (no "Loading…" left in main).</summary>
    public static Task LoadedAsync(IPage page) => Assertions.Expect(page.Locator("main", new() { HasTextString = "Loading…" })).ToHaveCountAsync(0);

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>An HTTP client on the host (no browser).</summary>
    public HttpClient Http() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>Registers a guest and returns their email.</summary>
    public async Task<(Guid Id, string Email)> RegisterAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.test";
        using var http = Http();
        using var response = await http.PostAsJsonAsync("/api/account/register", new { email, password = Password, displayName = name });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var profile = await response.Content.ReadFromJsonAsync<RegisteredProfile>();
        return (profile!.Id, email);
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
    }

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Default")
        ?? "Host=127.0.0.1;Port=54329;Database=stayhub;Username=stayhub;Password=stayhub";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "aspnet-core.sln")))
            {
                return folder.FullName;
            }
        }

        return Path.GetTempPath();
    }
}
