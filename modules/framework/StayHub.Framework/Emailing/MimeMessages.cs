using MimeKit;

namespace StayHub.Framework.Emailing;

internal static class MimeMessages
{
    /// <summary>multipart/alternative, text first and HTML last, so clients that can show HTML prefer it (RFC 2046 §5.1.4).</summary>
    public static MimeMessage Create(EmailMessage message, MailboxAddress from)
    {
        var mime = new MimeMessage();
        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        if (message.MessageId is { Length: > 0 } id)
        {
            mime.MessageId = id;
        }

        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }
}
