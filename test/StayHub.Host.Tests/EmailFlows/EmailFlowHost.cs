using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using StayHub.Framework.Testing;
using StayHub.Framework.Testing.Emailing;
using StayHub.Identity.Contracts;

namespace StayHub.Host.Tests.EmailFlows;

/// <summary>
/// A host of its own that sends mail over real SMTP to a listener on loopback, started before the host so its
/// port can go into the settings.
/// </summary>
public partial class EmailFlowHost : StayHubAppFactory<Program>
{
    public const string PublicUrl = "https://app.stayhub.test";
    public const string Password = "Blue-Harbour-Lights-88";
    public const string ConfirmSubject = "Confirm your StayHub email address";
    public const string ResetSubject = "Reset your StayHub password";

    private SmtpTestServer? smtp;

    public SmtpTestServer Smtp => smtp ?? throw new InvalidOperationException("The SMTP listener starts in InitializeAsync.");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = SmtpTestServer.Host,
        ["Email:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:RetryDelay"] = "00:00:00.200",
        ["App:PublicUrl"] = PublicUrl,
    };

    public override async Task InitializeAsync()
    {
        smtp = await SmtpTestServer.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Interlocked.Exchange(ref smtp, null) is { } listener)
        {
            await listener.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@example.test";

    public async Task RegisterAsync(string email, string displayName = "Test User")
    {
        using var response = await CreateClient().PostJsonAsync("/api/account/register", new RegisterRequest(email, Password, displayName));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public Task<HttpResponseMessage> PostAsync<T>(string path, T body) => CreateClient().PostJsonAsync(path, body);

    /// <summary>Waits (up to 10 s) for a message to <paramref name="email"/> with the given subject that is not among <paramref name="seen"/>.</summary>
    public Task<ReceivedEmail> WaitForEmailAsync(string email, string subject, params ReceivedEmail[] seen) =>
        Smtp.WaitForAsync(m => m.IsFor(email) && m.Subject == subject && !seen.Contains(m));

    /// <summary>The token from the link in the text body (the HTML body carries the same link).</summary>
    public static string TokenFrom(ReceivedEmail email)
    {
        var match = TokenInLink().Match(email.Text);
        match.Success.ShouldBeTrue($"no token link in: {email.Text}");
        return match.Groups["token"].Value;
    }

    public Task<bool?> EmailConfirmedAsync(string email) =>
        ScalarAsync<bool?>("SELECT email_confirmed FROM identity.users WHERE normalized_email = @e", ("e", email.ToUpperInvariant()));

    [GeneratedRegex(@"[?&]token=(?<token>[A-Za-z0-9_-]{43})\b")]
    private static partial Regex TokenInLink();
}

/// <summary>The same, on a clock the tests move (FakeTimeProvider replaces the host's TimeProvider.System).</summary>
public sealed class ClockedEmailFlowHost : EmailFlowHost
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
    }
}

[CollectionDefinition(Name)]
public sealed class EmailFlowCollection : ICollectionFixture<EmailFlowHost>
{
    public const string Name = "email-flows";
}
