using System.Text.Json;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>The document's <c>components.schemas</c>, with <c>$ref</c> resolution and the type list of a schema.</summary>
public sealed class OpenApiSchemas(JsonElement document)
{
    private readonly JsonElement components = document.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out var s) ? s : default;

    /// <summary>Follows <c>$ref</c>s (to <c>#/components/schemas/…</c>) until a schema with content.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 32 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = components.GetProperty(name);
        }

        return schema;
    }

    public static string? RefName(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var r) ? r.GetString()!.Split('/')[^1] : null;

    /// <summary>The JSON types a schema allows ("string", "integer", …); empty when it says nothing (anything goes).</summary>
    public static IReadOnlyList<string> Types(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        if (schema.TryGetProperty("type", out var type))
        {
            return type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!];
        }

        if (schema.TryGetProperty("properties", out _))
        {
            return ["object"];
        }

        return [];
    }

    public static bool IsNullable(JsonElement schema) =>
        Types(schema).Contains("null")
        || (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("nullable", out var n) && n.ValueKind == JsonValueKind.True);

    /// <summary>The alternatives of a oneOf/anyOf schema, or none.</summary>
    public static IReadOnlyList<JsonElement> Alternatives(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var list))
            {
                return [.. list.EnumerateArray()];
            }
        }

        return [];
    }

    public static string? Format(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) ? f.GetString() : null;
}
