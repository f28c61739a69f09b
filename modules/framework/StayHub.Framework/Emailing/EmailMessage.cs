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
