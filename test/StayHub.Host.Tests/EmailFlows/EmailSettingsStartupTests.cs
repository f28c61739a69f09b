using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.EmailFlows;

/// <summary>A bad email setting stops the host at start, and the message names the key to fix.</summary>
public sealed class EmailSettingsStartupTests
{
    [Theory]
    [InlineData("Email:From", "not an address", "Email:From")]
    [InlineData("Email:Smtp:Security", "Sometimes", "Email:Smtp:Security")]
    [InlineData("App:PublicUrl", "stayhub.example", "App:PublicUrl")]
    [InlineData("Identity:EmailTokens:ResetPassword", "00:00:00", "Identity:EmailTokens")]
    public async Task Host_refuses_to_start_naming_the_key(string key, string value, string named)
    {
        // WebApplicationFactory's deferred host now and then reports the failed start as an
        // ObjectDisposedException of its service provider instead of the start-up exception; a fresh attempt
        // then shows the real one. The host must refuse to start every time, and name the key.
        Exception? failure = null;
        for (var attempt = 0; attempt < 3 && failure is null or ObjectDisposedException; attempt++)
        {
            var host = new MisconfiguredHost(key, value);
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

    private sealed class MisconfiguredHost(string key, string value) : StayHubAppFactory<Program>
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { [key] = value };
    }
}
