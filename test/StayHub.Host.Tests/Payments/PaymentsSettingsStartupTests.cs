using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.Payments;

/// <summary>A bad payments setting stops the host at start, and the message names the key to fix.</summary>
public sealed class PaymentsSettingsStartupTests
{
    [Theory]
    [InlineData("Payments:Provider=PayPal", "Payments:Provider")]
    [InlineData("Payments:Provider=Stripe", "Payments:Stripe:SecretKey")]
    [InlineData("Payments:Stripe:SecretKey=sk_test_x", "Payments:Stripe:WebhookSecret")]
    [InlineData("Payments:HostFeePercent=140", "Payments__HostFeePercent")]
    public async Task Host_refuses_to_start_naming_the_key(string settings, string named)
    {
        // As in EmailSettingsStartupTests: WebApplicationFactory sometimes reports a failed start as a disposed
        // provider; a fresh attempt then shows the real exception.
        Exception? failure = null;
        for (var attempt = 0; attempt < 3 && failure is null or ObjectDisposedException; attempt++)
        {
            var host = new MisconfiguredHost(settings.Split(';').Select(s => s.Split('=', 2)).ToDictionary(kv => kv[0], kv => (string?)kv[1]));
            try
            {
                failure = await Should.ThrowAsync<Exception>(host.InitializeAsync);
            }
            finally
            {
                await ((IAsyncLifetime)host).DisposeAsync();
            }
        }

        failure.ShouldNotBeNull().ToString().ShouldContain(named);
    }

    private sealed class MisconfiguredHost(IReadOnlyDictionary<string, string?> settings) : StayHubAppFactory<Program>
    {
        protected override IReadOnlyDictionary<string, string?> Settings => settings;
    }
}
