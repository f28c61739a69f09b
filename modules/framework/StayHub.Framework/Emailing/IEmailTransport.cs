namespace StayHub.Framework.Emailing;

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
