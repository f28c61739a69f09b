using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace StayHub.Framework.Emailing;

internal sealed partial class EmailTemplateRenderer : IEmailTemplateRenderer
{
    // Keeps non-Latin names readable in the source while still encoding every HTML-significant character.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ConcurrentDictionary<(Assembly, string), string> cache = new();

    public EmailMessage Render(EmailTemplate template, string to, string subject, IReadOnlyDictionary<string, string> values)
    {
        var html = Fill(Load(template, ".html"), values, Html.Encode, template.Name + ".html");
        var text = Fill(Load(template, ".txt"), values, v => v, template.Name + ".txt");
        var renderedSubject = Fill(subject, values, v => v, "subject");
        return new EmailMessage(to, renderedSubject, html, text);
    }

    /// <summary>Replaces every placeholder; a placeholder without a value is a bug, never a "{{token}}" in someone's inbox.</summary>
    internal static string Fill(string source, IReadOnlyDictionary<string, string> values, Func<string, string> encode, string what) =>
        Placeholder().Replace(source, match =>
        {
            var name = match.Groups["name"].Value;
            return values.TryGetValue(name, out var value)
                ? encode(value)
                : throw new InvalidOperationException($"Email template '{what}' uses placeholder '{{{{{name}}}}}' but no value was given for it.");
        });

    private string Load(EmailTemplate template, string extension) =>
        cache.GetOrAdd((template.Assembly, template.Name + extension), key =>
        {
            using var stream = key.Item1.GetManifestResourceStream(key.Item2)
                ?? throw new InvalidOperationException($"Email template resource '{key.Item2}' was not found in {key.Item1.GetName().Name}.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z][A-Za-z0-9_]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
