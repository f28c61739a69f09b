using System.Net.Http.Json;
using System.Globalization;
using System.Net;
using StayHub.Framework.Testing;
using StayHub.Framework.Testing.Emailing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Host.Tests.Payments;
using StayHub.Identity.Contracts;
using StayHub.Notifications.Contracts;

namespace StayHub.Host.Tests.Notifications;

/// <summary>
/// The payments host (real booking, payments and identity; listings stood in) sending notification mail over real SMTP
/// to a listener on loopback. The listener's port is fixed for the fixture, so a test can stop it (an SMTP outage) and
/// start it again on the same port.
/// </summary>
public sealed class NotificationsHost : PaymentsFixture
{
    private readonly int port = SmtpTestServer.FreePort();
    private SmtpTestServer? smtp;

    public SmtpTestServer Smtp => smtp ?? throw new InvalidOperationException("The SMTP listener is stopped.");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = SmtpTestServer.Host,
        ["Email:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:Smtp:Timeout"] = "00:00:05",
        ["Email:RetryDelay"] = "00:00:00.200",
        ["Email:MaxRetryDelay"] = "00:00:01",
        ["Email:PollInterval"] = "00:00:00.100",
        ["Email:MaxAttempts"] = "50",
        ["App:PublicUrl"] = "https://app.stayhub.test",
    };

    public override async Task InitializeAsync()
    {
        smtp = await SmtpTestServer.StartOnPortAsync(port);
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await StopSmtpAsync();
    }

    public async Task StopSmtpAsync()
    {
        if (Interlocked.Exchange(ref smtp, null) is { } listener)
        {
            await listener.DisposeAsync();
        }
    }

    public async Task StartSmtpAsync() => smtp = await SmtpTestServer.StartOnPortAsync(port);

    public Task<ReceivedEmail> EmailAsync(TestUser to, string subject) =>
        Smtp.WaitForAsync(m => m.IsFor(to.Email) && m.Subject == subject, TimeSpan.FromSeconds(15));

    public Task<IReadOnlyList<ReceivedEmail>> EmailsAfterAsync(TestUser to, TimeSpan wait) =>
        Smtp.CollectAsync(m => m.IsFor(to.Email), wait);

    public static async Task<NotificationPage> ListAsync(TestUser user, string query = "") =>
        await (await user.Client.GetAsync("/api/notifications" + query)).ShouldBeJsonAsync<NotificationPage>();

    /// <summary>The user's in-app notification of <paramref name="type"/>, once it exists (or fails after 15 s).</summary>
    public static async Task<NotificationDto> InAppAsync(TestUser user, string type)
    {
        var page = await EventuallyAsync(() => ListAsync(user, "?pageSize=100"), p => p.Items.Any(n => n.Type == type));
        return page.Items.Where(n => n.Type == type).ShouldHaveSingleItem();
    }

    public static async Task SetPreferencesAsync(
        TestUser user, string language = "en", bool emailBookings = true, bool inAppBookings = true, bool emailReviews = true, bool inAppReviews = true)
    {
        var preferences = new PreferencesDto("USD", language, new NotificationPreferencesDto(
            new ChannelPreferencesDto(emailBookings, true, emailReviews, false),
            new ChannelPreferencesDto(inAppBookings, true, inAppReviews, false)));
        using var response = await user.Client.PutAsJsonAsync("/api/account/me/preferences", preferences, ApiAssertions.JsonOptions);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) => await ScalarAsync<long>(sql, parameters);
}

[CollectionDefinition(Name)]
public sealed class NotificationsCollection : ICollectionFixture<NotificationsHost>
{
    public const string Name = "notifications";
}
