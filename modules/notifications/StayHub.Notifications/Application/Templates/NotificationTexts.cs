using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using StayHub.Framework.Emailing;

namespace StayHub.Notifications.Application.Templates;

/// <summary>
/// The message catalogs (<c>Templates/{language}.json</c>, embedded) and the email layout. A notification is written
/// wholly in the user's language when that catalog has its title and body, otherwise wholly in English: never half
/// and half.
/// </summary>
internal sealed partial class NotificationTexts
{
    public const string Fallback = "en";

    public static readonly EmailTemplate EmailLayout = new(typeof(NotificationTexts).Assembly, typeof(NotificationTexts).Namespace + ".Email");

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> catalogs = Load();

    public IReadOnlyCollection<string> Languages => catalogs.Keys;

    /// <summary>The language a message of <paramref name="key"/> (<c>type.role</c>) is written in for a reader of <paramref name="preferred"/>.</summary>
    public string LanguageFor(string key, string? preferred) =>
        preferred is not null && catalogs.TryGetValue(preferred, out var catalog) && catalog.ContainsKey(key + ".title") && catalog.ContainsKey(key + ".body")
            ? preferred
            : Fallback;

    /// <summary>A catalog entry, falling back to English for the few layout strings a partial catalog leaves out.</summary>
    public string Get(string language, string key) =>
        catalogs.TryGetValue(language, out var catalog) && catalog.TryGetValue(key, out var text) ? text
        : catalogs[Fallback].TryGetValue(key, out var english) ? english
        : throw new InvalidOperationException($"Notification text '{key}' is missing from the English catalog.");

    /// <summary>Replaces <c>{{name}}</c> placeholders; one without a value is a bug, never a "{{token}}" in someone's inbox.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, match => values.TryGetValue(match.Groups["name"].Value, out var value)
            ? value
            : throw new InvalidOperationException($"Notification text '{template}' uses {match.Value} but no value was given for it."));

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z][A-Za-z0-9_]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        var assembly = typeof(NotificationTexts).Assembly;
        var prefix = typeof(NotificationTexts).Namespace + ".";
        var catalogs = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            catalogs[name[prefix.Length..^".json".Length]] = entries.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return catalogs.ContainsKey(Fallback) ? catalogs.ToFrozenDictionary(StringComparer.Ordinal)
            : throw new InvalidOperationException("The English notification catalog (en.json) is missing.");
    }
}
