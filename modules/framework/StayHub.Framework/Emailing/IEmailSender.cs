namespace StayHub.Framework.Emailing;

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
