using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace StayHub.Framework.Emailing;

/// <summary>Delivers through an SMTP relay (Mailgun, SendGrid, a local MTA). One connection per message: volumes are low.</summary>
internal sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public Task DeliverAsync(EmailMessage message, CancellationToken cancellationToken) => DeliverAsync(message, null, cancellationToken);

    public async Task DeliverAsync(EmailMessage message, Func<CancellationToken, Task>? accepted, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        var host = smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set.");
        using var mime = MimeMessages.Create(message, settings.FromAddress);
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(host, smtp.Port, ToMailKit(smtp.Security), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? string.Empty, cancellationToken);
        }

        // SendAsync returns once the server answered 250 to the data: the relay has the message from here on.
        await client.SendAsync(mime, cancellationToken);
        if (accepted is not null)
        {
            await accepted(cancellationToken);
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception) when (accepted is not null)
        {
            // The message is delivered and recorded; a relay that drops the line before answering QUIT changes nothing,
            // and reporting it would have the caller send the message again.
        }
    }

    internal static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
