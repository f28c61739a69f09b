namespace StayHub.Framework.Emailing;

/// <summary>One email to one recipient, with both an HTML and a plain-text body (clients pick what they show).</summary>
/// <param name="To">Recipient address (<c>someone@example.com</c> or <c>Name &lt;someone@example.com&gt;</c>).</param>
/// <param name="Subject">Subject line, plain text.</param>
/// <param name="HtmlBody">HTML body; values in it must already be HTML-encoded (see <see cref="IEmailTemplateRenderer"/>).</param>
/// <param name="TextBody">Plain-text body.</param>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody);

/// <summary>
/// Sends email without making the caller wait for (or fail because of) the mail server: the message is queued
/// and delivered in the background, so a request's latency and outcome do not depend on whether it sent mail.
/// </summary>
public interface IEmailSender
{
    /// <summary>Queues the message for delivery; never throws because delivery fails.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Delivers a message now (SMTP or pickup folder); throws when delivery fails so the caller can retry.</summary>
internal interface IEmailTransport
{
    Task DeliverAsync(EmailMessage message, CancellationToken cancellationToken);
}
