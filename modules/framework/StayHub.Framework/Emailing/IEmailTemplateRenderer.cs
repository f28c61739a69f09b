using System.Text.Unicode;

namespace StayHub.Framework.Emailing;

/// <summary>Fills <c>{{name}}</c> placeholders of an email template; values are HTML-encoded in the HTML body only.</summary>
public interface IEmailTemplateRenderer
{
    /// <exception cref="InvalidOperationException">A template is missing, or uses a placeholder without a value.</exception>
    EmailMessage Render(EmailTemplate template, string to, string subject, IReadOnlyDictionary<string, string> values);
}
