using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using StayHub.Framework.Emailing;
using StayHub.Framework.Testing.Emailing;

namespace StayHub.Framework.Tests.Emailing;

/// <summary>MailKit against a real SMTP listener on loopback: what arrives is what a relay would get.</summary>
public sealed class SmtpEmailTransportTests
{
    private static readonly EmailMessage Message = new(
        "Eve Example <eve@example.test>",
        "Confirm your email — ünïcode",
        "<p>Hello <b>Eve</b></p>",
        "Hello Eve\nLine two");

    private static SmtpEmailTransport Transport(SmtpTestServer smtp, Action<EmailOptions>? configure = null)
    {
        var options = new EmailOptions
        {
            From = "StayHub Tests <robot@stayhub.test>",
            Smtp = { Host = SmtpTestServer.Host, Port = smtp.Port, Security = SmtpSecurity.None, Timeout = TimeSpan.FromSeconds(10) },
        };
        configure?.Invoke(options);
        return new SmtpEmailTransport(Options.Create(options));
    }

    [Fact]
    public async Task Delivers_from_to_subject_and_both_bodies()
    {
        await using var smtp = await SmtpTestServer.StartAsync();

        await Transport(smtp).DeliverAsync(Message, CancellationToken.None);

        var received = smtp.Received.ShouldHaveSingleItem();
        received.EnvelopeFrom.ShouldBe("robot@stayhub.test");
        received.EnvelopeTo.ShouldBe(["eve@example.test"]);
        var from = received.Message.From.Mailboxes.ShouldHaveSingleItem();
        from.Address.ShouldBe("robot@stayhub.test");
        from.Name.ShouldBe("StayHub Tests");
        var to = received.Message.To.Mailboxes.ShouldHaveSingleItem();
        to.Address.ShouldBe("eve@example.test");
        to.Name.ShouldBe("Eve Example");
        received.Subject.ShouldBe("Confirm your email — ünïcode");
        received.Text.ReplaceLineEndings("\n").ShouldBe("Hello Eve\nLine two");
        received.Html.ShouldBe("<p>Hello <b>Eve</b></p>");
        received.Message.Body.ShouldBeOfType<MultipartAlternative>();
        received.Message.MessageId.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Authenticates_when_a_username_is_configured()
    {
        await using var smtp = await SmtpTestServer.StartAsync(("relay-user", "relay-secret"));

        await Transport(smtp, o => (o.Smtp.Username, o.Smtp.Password) = ("relay-user", "relay-secret")).DeliverAsync(Message, CancellationToken.None);

        smtp.Received.ShouldHaveSingleItem().AuthenticatedUser.ShouldBe("relay-user");
    }

    [Fact]
    public async Task Wrong_credentials_fail_delivery()
    {
        await using var smtp = await SmtpTestServer.StartAsync(("relay-user", "relay-secret"));

        await Should.ThrowAsync<AuthenticationException>(() =>
            Transport(smtp, o => (o.Smtp.Username, o.Smtp.Password) = ("relay-user", "wrong")).DeliverAsync(Message, CancellationToken.None));

        smtp.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Requiring_starttls_from_a_server_without_it_fails_instead_of_sending_in_the_clear()
    {
        await using var smtp = await SmtpTestServer.StartAsync();

        await Should.ThrowAsync<NotSupportedException>(() =>
            Transport(smtp, o => o.Smtp.Security = SmtpSecurity.StartTls).DeliverAsync(Message, CancellationToken.None));

        smtp.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unreachable_server_throws_so_the_dispatcher_can_retry()
    {
        int port;
        await using (var smtp = await SmtpTestServer.StartAsync())
        {
            port = smtp.Port;
        }

        var transport = new SmtpEmailTransport(Options.Create(new EmailOptions { Smtp = { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None } }));

        await Should.ThrowAsync<Exception>(() => transport.DeliverAsync(Message, CancellationToken.None));
    }

    [Theory]
    [InlineData(SmtpSecurity.Auto, SecureSocketOptions.Auto)]
    [InlineData(SmtpSecurity.None, SecureSocketOptions.None)]
    [InlineData(SmtpSecurity.StartTls, SecureSocketOptions.StartTls)]
    [InlineData(SmtpSecurity.SslOnConnect, SecureSocketOptions.SslOnConnect)]
    public void Security_setting_maps_to_mailkit(SmtpSecurity setting, SecureSocketOptions expected) =>
        SmtpEmailTransport.ToMailKit(setting).ShouldBe(expected);
}
