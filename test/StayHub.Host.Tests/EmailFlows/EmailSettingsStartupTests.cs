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
        var host = new MisconfiguredHost(key, value);
        try
        {
            var failure = await Should.ThrowAsync<Exception>(host.InitializeAsync);

            failure.ToString().ShouldContain(named);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    private sealed class MisconfiguredHost(string key, string value) : StayHubAppFactory<Program>
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { [key] = value };
    }
}
