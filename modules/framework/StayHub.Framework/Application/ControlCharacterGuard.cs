using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace StayHub.Framework.Application;

/// <summary>
/// Finds C0 control characters (U+0000–U+001F except tab, line feed and carriage return) and DEL in the strings of an
/// application-service argument, however deep in its records and lists. No field of the API has a use for them, and
/// U+0000 in particular cannot be stored by PostgreSQL (22021): a request carrying one must be a 400 naming the field,
/// not a 500 from the database half way through a unit of work.
/// </summary>
internal static class ControlCharacterGuard
{
    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>
    /// Adds "path → message" for every string under <paramref name="value"/> holding a control character. A body's
    /// fields are keyed from its root (<c>address.city</c>), as FluentValidation's errors are; pass an empty path for a body.
    /// </summary>
    public static void Collect(object? value, string path, ref Dictionary<string, string[]>? errors) => Walk(value, path, ref errors, 0);

    internal static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007f')
            {
                return true;
            }
        }

        return false;
    }

    private static void Walk(object? value, string path, ref Dictionary<string, string[]>? errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (HasControlCharacter(text))
                {
                    errors ??= [];
                    errors[path] = ["Control characters (such as U+0000) are not allowed."];
                }

                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Walk(entry.Key, path, ref errors, depth + 1);
                    Walk(entry.Value, path.Length == 0 ? $"{entry.Key}" : $"{path}.{entry.Key}", ref errors, depth + 1);
                }

                return;
            case Array array when array.GetType().GetElementType() is { IsPrimitive: true }:
                // Bytes of an upload and the like: no text in them.
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{index++}]", ref errors, depth + 1);
                }

                return;
        }

        var type = value.GetType();
        // Only the API's own records and classes are walked: a framework object (an upload's request stream, say) has
        // getters that throw or block, and no client text in them.
        if (depth >= MaxDepth || type.IsPrimitive || type.IsEnum || value is Stream || type.Namespace?.StartsWith("StayHub.", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead).ToArray()))
        {
            var name = StayHub.Framework.Contracts.Application.ApplicationServiceConventions.CamelCase(property.Name);
            Walk(property.GetValue(value), path.Length == 0 ? name : $"{path}.{name}", ref errors, depth + 1);
        }
    }
}
