using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StayHub.Framework.Emailing;

namespace StayHub.Framework.Tests.Emailing;

public sealed class EmailingRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<IHostEnvironment>(new Environment());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddStayHubEmailing();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Without_an_smtp_host_mail_goes_to_the_pickup_folder_with_the_default_sender()
    {
        using var provider = Build([]);

        provider.GetRequiredService<IEmailTransport>().ShouldBeOfType<PickupFolderEmailTransport>();
        var options = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
        options.From.ShouldBe("StayHub <no-reply@stayhub.local>");
        options.Smtp.Port.ShouldBe(587);
        options.Smtp.Security.ShouldBe(SmtpSecurity.Auto);
        provider.GetRequiredService<IOptions<AppUrlOptions>>().Value.Link("/confirm-email").ShouldBe("http://localhost:5080/confirm-email");
    }

    [Fact]
    public void An_smtp_host_selects_smtp_with_the_configured_settings()
    {
        using var provider = Build(new()
        {
            ["Email:Smtp:Host"] = "smtp.mailgun.org",
            ["Email:Smtp:Port"] = "465",
            ["Email:Smtp:Security"] = "SslOnConnect",
            ["Email:Smtp:Username"] = "postmaster@mg.example",
            ["Email:Smtp:Password"] = "secret",
            ["App:PublicUrl"] = "https://stayhub.example/",
        });

        provider.GetRequiredService<IEmailTransport>().ShouldBeOfType<SmtpEmailTransport>();
        provider.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp.Security.ShouldBe(SmtpSecurity.SslOnConnect);
        provider.GetRequiredService<IOptions<AppUrlOptions>>().Value.Link("/x").ShouldBe("https://stayhub.example/x");
        provider.GetRequiredService<IEmailSender>().ShouldBeOfType<DurableEmailSender>();
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("nobody")]
    [InlineData("StayHub <nobody@>")]
    [InlineData("")]
    public void An_invalid_from_address_fails_naming_the_key(string from)
    {
        using var provider = Build(new() { ["Email:From"] = from });

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EmailOptions>>().Value)
            .Message.ShouldContain("Email:From");
    }

    [Theory]
    [InlineData("Email:Smtp:Port", "0", "Email:Smtp:Port")]
    [InlineData("Email:Smtp:Username", "user", "Email:Smtp:Password")]
    [InlineData("Email:MaxAttempts", "0", "Email:MaxAttempts")]
    public void Other_invalid_settings_fail_naming_the_key(string key, string value, string named)
    {
        using var provider = Build(new() { [key] = value });

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EmailOptions>>().Value)
            .Message.ShouldContain(named);
    }

    [Fact]
    public void An_unknown_security_mode_fails_naming_the_key()
    {
        using var provider = Build(new() { ["Email:Smtp:Security"] = "Maybe" });

        Should.Throw<InvalidOperationException>(() => provider.GetRequiredService<IOptions<EmailOptions>>().Value)
            .Message.ShouldContain("Email:Smtp:Security");
    }

    [Theory]
    [InlineData("stayhub.example")]
    [InlineData("ftp://stayhub.example")]
    public void A_public_url_that_is_not_absolute_http_fails_naming_the_key(string url)
    {
        using var provider = Build(new() { ["App:PublicUrl"] = url });

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AppUrlOptions>>().Value)
            .Message.ShouldContain("App:PublicUrl");
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "StayHub.Tests";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
