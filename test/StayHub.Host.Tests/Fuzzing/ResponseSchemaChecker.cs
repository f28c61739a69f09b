using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>
/// A small JSON-schema checker for what the OpenAPI document promises about answers: JSON type, required
/// properties, property and item types, enum values, the uuid/date/date-time formats and number patterns.
/// It answers with the JSON path of every violation (none when the value matches).
/// </summary>
public sealed class ResponseSchemaChecker(OpenApiSchemas schemas)
{
    public List<string> Check(JsonElement value, JsonElement schema)
    {
        var violations = new List<string>();
        Check(value, schema, "$", violations, depth: 0);
        return violations;
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<string> violations, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        schema = schemas.Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var alternatives = OpenApiSchemas.Alternatives(schema);
        if (alternatives.Count > 0)
        {
            if (!alternatives.Any(a => { var v = new List<string>(); Check(value, a, path, v, depth + 1); return v.Count == 0; }))
            {
                violations.Add($"{path}: matches none of the {alternatives.Count} alternatives");
            }

            return;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(value, part, path, violations, depth + 1);
            }
        }

        var types = OpenApiSchemas.Types(schema);
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (types.Count > 0 && !OpenApiSchemas.IsNullable(schema))
            {
                violations.Add($"{path}: null where the schema says {string.Join("|", types)}");
            }

            return;
        }

        if (types.Count > 0 && !types.Any(t => Matches(value, t, schema)))
        {
            violations.Add($"{path}: {value.ValueKind} where the schema says {string.Join("|", types)}");
            return;
        }

        if (schema.TryGetProperty("enum", out var enumValues)
            && !enumValues.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Null ? false : JsonElement.DeepEquals(e, value)))
        {
            violations.Add($"{path}: {value.GetRawText()} is not one of the enum values");
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            var format = OpenApiSchemas.Format(schema);
            var formatOk = format switch
            {
                "uuid" => Guid.TryParse(text, out _),
                "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                _ => true,
            };
            if (!formatOk)
            {
                violations.Add($"{path}: \"{text}\" is not a {format}");
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        violations.Add($"{path}: required property '{name}' is missing");
                    }
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Check(property.Value, propertySchema, $"{path}.{property.Name}", violations, depth + 1);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
                {
                    Check(property.Value, additional, $"{path}.{property.Name}", violations, depth + 1);
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{index++}]", violations, depth + 1);
            }
        }
    }

    private static bool Matches(JsonElement value, string type, JsonElement schema) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String
            && (!schema.TryGetProperty("pattern", out var pattern) || PatternMatches(pattern.GetString()!, value.GetString()!)),
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    // .NET documents numbers as ["integer", "string"] with a digits pattern (numbers may be read from strings):
    // a string then has to be one of those number strings.
    private static bool PatternMatches(string pattern, string text) =>
        Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
}
