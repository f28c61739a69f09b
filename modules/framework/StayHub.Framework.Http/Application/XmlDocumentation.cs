using System.Collections.Concurrent;
using System.Reflection;
using System.Xml.Linq;

namespace StayHub.Framework.Http.Application;

/// <summary>
/// Reads the <c>&lt;summary&gt;</c> of an interface method from the XML documentation file the compiler writes next
/// to its assembly (Contracts projects generate one), once per assembly and only when the OpenAPI document is built,
/// so the doc comment is the one place an operation's summary is written.
/// </summary>
internal static class XmlDocumentation
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, string>> Files = new();

    public static string? SummaryOf(MethodInfo method)
    {
        var members = Files.GetOrAdd(method.DeclaringType!.Assembly, Load);
        // Application services have no overloads (one operation id per name), so the name identifies the member.
        var key = $"M:{method.DeclaringType!.FullName}.{method.Name}";
        return members.TryGetValue(key, out var summary) ? summary : null;
    }

    private static IReadOnlyDictionary<string, string> Load(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (string.IsNullOrEmpty(assembly.Location) || !File.Exists(path))
        {
            return new Dictionary<string, string>();
        }

        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in XDocument.Load(path).Descendants("member"))
        {
            var name = member.Attribute("name")?.Value;
            var summary = member.Element("summary");
            if (name is null || summary is null || !name.StartsWith("M:", StringComparison.Ordinal))
            {
                continue;
            }

            var parenthesis = name.IndexOf('(', StringComparison.Ordinal);
            members[parenthesis < 0 ? name : name[..parenthesis]] = Flatten(summary);
        }

        return members;
    }

    /// <summary>The summary's text with <c>&lt;c&gt;</c> kept as text, references as their last name, whitespace collapsed.</summary>
    private static string Flatten(XElement summary)
    {
        var parts = summary.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" or "seealso" } see =>
                see.Attribute("langword")?.Value ?? see.Attribute("cref")?.Value.Split('.', ':')[^1] ?? see.Value,
            XElement { Name.LocalName: "paramref" or "typeparamref" } reference => reference.Attribute("name")?.Value ?? string.Empty,
            XElement element => element.Value,
            _ => string.Empty,
        });
        return string.Join(' ', string.Concat(parts).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
