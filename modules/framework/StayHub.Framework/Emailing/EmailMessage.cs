namespace StayHub.Framework.Emailing;

/// <summary>One email to one recipient, with both an HTML and a plain-text body (clients pick what they show).</summary>
/// <param name="To">Recipient address (<c>someone@example.com</c> or <c>Name &lt;someone@example.com&gt;</c>).</param>
/// <param name="Subject">Subject line, plain text.</param>
/// <param name="HtmlBody">HTML body; values in it must already be HTML-encoded (see <see cref="IEmailTemplateRenderer"/>).</param>
/// <param name="TextBody">Plain-text body.</param>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody)
{
    /// <summary>
    /// The Message-ID header without angle brackets (<c>delivery-{id}@{domain}</c> for outbox mail), the same on every
    /// attempt, so a copy sent again after an unknown outcome is recognisable as the same message; <c>null</c> lets
    /// MimeKit make one up.
    /// </summary>
    public string? MessageId { get; init; }
}

/// <summary>
/// Sends email without making the caller wait for (or fail because of) the mail server: the message is stored in the
/// framework's durable email outbox (schema <c>emailing</c>) and delivered in the background with retries, so a
/// request's latency and outcome do not depend on the mail server, and a node crash or an SMTP outage loses nothing.
/// Modules whose mail belongs to their own unit of work map their own outbox instead
/// (<see cref="EmailOutboxExtensions.QueueEmail"/>).
/// </summary>
public interface IEmailSender
{
    /// <summary>Stores the message for delivery (committed when this returns); never throws because delivery fails.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Delivers a message now (SMTP or pickup folder); throws when delivery fails so the caller can retry.</summary>
internal interface IEmailTransport
{
    /// <summary>
    /// Delivers <paramref name="message"/>. <paramref name="accepted"/> runs as soon as the message is accepted (the
    /// SMTP server's 250 to the data, the file in place), before the connection is closed, so the caller records the
    /// success before anything else can fail; once it has run, later trouble (a lost QUIT) is not thrown.
    /// </summary>
    Task DeliverAsync(EmailMessage message, Func<CancellationToken, Task>? accepted, CancellationToken cancellationToken);
}
