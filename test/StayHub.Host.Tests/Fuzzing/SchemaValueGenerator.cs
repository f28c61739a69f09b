using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>
/// Valid, boundary and invalid JSON values for an OpenAPI schema, drawn with CsCheck generators from one PCG so a
/// case seed replays the same values. Valid strings and numbers honour formats, enums, lengths and ranges (and the
/// names the API uses: email, currency, country, times, ids of real objects); invalid ones break exactly those.
/// </summary>
public sealed class SchemaValueGenerator(OpenApiSchemas schemas, FuzzWorld world)
{
    private static readonly string[] Words = ["river", "flat", "sunny", "Lisbon", "quiet", "view", "tram", "garden", "café", "Zürich", "東京"];

    private static readonly string[] BadFormats =
        ["not-a-uuid", "2026-13-45", "2026-02-30T25:61:00Z", "yesterday", "no-at-sign", "12:99", "ZZZZ", "-", "1.2.3", "0000-00-00"];

    public static int Pick(PCG pcg, int count) => count <= 1 ? 0 : Gen.Int[0, count - 1].Generate(pcg, null, out _);

    public static bool Chance(PCG pcg, int percent) => Gen.Int[0, 99].Generate(pcg, null, out _) < percent;

    public static T OneOf<T>(PCG pcg, IReadOnlyList<T> items) => items[Pick(pcg, items.Count)];

    /// <summary>Mostly valid (70 %, boundaries included), otherwise invalid.</summary>
    public JsonNode? Any(JsonElement schema, PCG pcg, string name, string kindHint) =>
        Chance(pcg, 70) ? Valid(schema, pcg, name, kindHint, depth: 0) : Invalid(schema, pcg, name);

    public JsonNode? Valid(JsonElement schema, PCG pcg, string name, string kindHint, int depth)
    {
        if (OpenApiSchemas.RefName(schema) is { } refName && depth > 0 && world.SeedBodies.TryGetValue(refName, out var seeded) && Chance(pcg, 50))
        {
            return seeded.DeepClone();
        }

        schema = schemas.Resolve(schema);
        var alternatives = OpenApiSchemas.Alternatives(schema);
        if (alternatives.Count > 0)
        {
            return Valid(OneOf(pcg, alternatives), pcg, name, kindHint, depth + 1);
        }

        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("allOf", out var allOf))
        {
            return Valid(allOf.EnumerateArray().First(), pcg, name, kindHint, depth + 1);
        }

        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var enumValues))
        {
            var values = enumValues.EnumerateArray().ToList();
            return values.Count == 0 ? null : JsonNode.Parse(OneOf(pcg, values).GetRawText());
        }

        var types = OpenApiSchemas.Types(schema).Where(t => t != "null").ToList();
        if (OpenApiSchemas.IsNullable(schema) && Chance(pcg, 10))
        {
            return null;
        }

        // ["integer", "string"] is a number that may come as a string: send a number.
        var type = types.Count == 0 ? "string" : types.Contains("integer") ? "integer" : types.Contains("number") ? "number" : OneOf(pcg, types);
        return type switch
        {
            "string" => JsonValue.Create(ValidString(schema, pcg, name, kindHint)),
            "integer" => IntegerValue(schema, pcg, name),
            "number" => NumberValue(schema, pcg, name),
            "boolean" => JsonValue.Create(Chance(pcg, 50)),
            "array" => ArrayValue(schema, pcg, name, kindHint, depth),
            "object" => ObjectValue(schema, pcg, depth),
            _ => JsonValue.Create("x"),
        };
    }

    public JsonNode? Invalid(JsonElement schema, PCG pcg, string name)
    {
        var resolved = schemas.Resolve(schema);
        var types = OpenApiSchemas.Types(resolved);
        switch (Pick(pcg, 10))
        {
            case 0:
                return null;
            case 1:
                return types.Contains("string") ? JsonValue.Create(42L) : JsonValue.Create("forty-two");
            case 2:
                return types.Contains("object") ? new JsonArray(JsonValue.Create(1L)) : new JsonObject { ["unexpected"] = JsonValue.Create(true) };
            case 3:
                return JsonValue.Create(OneOf(pcg, BadFormats));
            case 4:
            case 5:
                return JsonValue.Create(OneOf(pcg, NastyStrings.All));
            case 6:
                return JsonValue.Create(OneOf(pcg, NastyStrings.All) + ValidString(resolved, pcg, name, string.Empty));
            case 7:
                var depth = OneOf(pcg, [65, 200, 5_000]);
                return JsonValue.Create(new RawJson(new string('[', depth) + new string(']', depth)));
            case 8:
                return JsonValue.Create(new RawJson(OneOf(pcg, ["1e400", "-1e400", "12345678901234567890123", "-0", "1.5", "9223372036854775808", "0.0000000000000000001"])));
            default:
                return types.Contains("array") ? JsonValue.Create("not-an-array") : JsonValue.Create(false);
        }
    }

    private string ValidString(JsonElement schema, PCG pcg, string name, string kindHint)
    {
        var format = OpenApiSchemas.Format(schema);
        var lower = name.ToLowerInvariant();
        if (format == "uuid" || lower.EndsWith("id", StringComparison.Ordinal) && lower != "paymentmethodid" && lower != "accountid")
        {
            var kind = IdKind(lower, kindHint);
            return kind is not null && world.Ids.TryGetValue(kind, out var ids) && ids.Count > 0 && Chance(pcg, 85)
                ? OneOf(pcg, ids)
                : Chance(pcg, 90) ? Guid.Parse($"{Pick(pcg, 99_999_999):D8}-0000-4000-8000-{Pick(pcg, 99_999_999):D12}").ToString() : Guid.Empty.ToString();
        }

        if (format == "date" || lower is "checkin" or "checkout" or "from" or "to")
        {
            var offset = OneOf(pcg, [Pick(pcg, 400) + 1, 0, -1, -400, 729, 731, 3_000_000]);
            var day = DateOnly.FromDateTime(DateTime.UtcNow);
            return offset > 2_000_000 ? "9999-12-31" : day.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (format == "date-time")
        {
            return DateTimeOffset.UtcNow.AddMinutes(Pick(pcg, 100_000) - 50_000).ToString("O", CultureInfo.InvariantCulture);
        }

        if (format == "email" || lower.Contains("email", StringComparison.Ordinal))
        {
            return OneOf(pcg, [$"fuzz-{Pick(pcg, 1_000_000)}@example.test", "root@stayhub.test", "UPPER@EXAMPLE.TEST"]);
        }

        if (format == "uri" || lower.Contains("url", StringComparison.Ordinal))
        {
            return OneOf(pcg, ["/", "/account", "https://example.test/back", "//evil.example", "javascript:alert(1)"]);
        }

        var known = lower switch
        {
            "password" or "newpassword" => OneOf(pcg, ["Blue-Harbour-Lights-88", "short", "Keeper-Of-Keys-2026"]),
            "currency" => OneOf(pcg, ["EUR", "USD", "JPY", "KWD", "eur", "XXX"]),
            "country" => OneOf(pcg, ["PT", "US", "FR", "JP", "pt", "ZZ"]),
            "checkintime" or "checkouttime" => OneOf(pcg, ["15:00", "11:00", "00:00", "23:59", "24:00"]),
            "phonenumber" => OneOf(pcg, ["+351912345678", "+14155550100", "12"]),
            "paymentmethodid" => OneOf(pcg, ["pm_card_visa", "pm_card_chargeDeclined", "pm_card_authenticationRequired", "pm_bogus"]),
            "accountid" => OneOf(pcg, ["acct_1234567890", "acct_x"]),
            "bbox" => OneOf(pcg, ["-10,35,5,45", "-9.2,38.6,-9.0,38.8", "5,45,-10,35", "1,2,3"]),
            "amenities" => OneOf(pcg, ["wifi", "kitchen", "wifi,kitchen", "pool"]),
            "token" => OneOf(pcg, ["CfDJ8", "abc"]),
            "provider" => OneOf(pcg, ["google", "facebook", "github"]),
            "name" => world.Ids.TryGetValue("media", out var media) && Chance(pcg, 60) ? OneOf(pcg, media) : OneOf(pcg, ["missing.jpg", "a/b.png", "..%2fsecret"]),
            "cursor" => OneOf(pcg, ["", "abc", "eyJpZCI6IjEifQ", "AAAAAAAAAAAAAAAAAAAAAA"]),
            _ => null,
        };
        if (known is not null)
        {
            return known;
        }

        var minLength = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("minLength", out var min) ? min.GetInt32() : 0;
        var maxLength = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("maxLength", out var max) ? max.GetInt32() : 60;
        var length = Pick(pcg, 8) switch
        {
            0 => maxLength,
            1 => maxLength + 1,
            2 => Math.Max(0, minLength - 1),
            3 => minLength,
            _ => minLength + Pick(pcg, Math.Max(1, Math.Min(maxLength, 60) - minLength + 1)),
        };
        var text = string.Empty;
        while (text.Length < length)
        {
            text += (text.Length == 0 ? string.Empty : " ") + OneOf(pcg, Words);
        }

        return text[..length];
    }

    private static JsonValue IntegerValue(JsonElement schema, PCG pcg, string name)
    {
        long? minimum = schema.TryGetProperty("minimum", out var mn) && mn.ValueKind == JsonValueKind.Number ? (long)mn.GetDouble() : null;
        long? maximum = schema.TryGetProperty("maximum", out var mx) && mx.ValueKind == JsonValueKind.Number ? (long)Math.Min(mx.GetDouble(), long.MaxValue / 2) : null;
        var low = minimum ?? (name.Contains("price", StringComparison.OrdinalIgnoreCase) || name == "amount" ? 100 : 0);
        var high = maximum ?? low + (name == "amount" || name.Contains("price", StringComparison.OrdinalIgnoreCase) ? 100_000 : 10);
        return Pick(pcg, 10) switch
        {
            0 => JsonValue.Create(low),
            1 => JsonValue.Create(high),
            2 => JsonValue.Create(low - 1),
            3 => JsonValue.Create(high + 1),
            4 => JsonValue.Create(OneOf(pcg, [0L, -1L, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue])),
            _ => JsonValue.Create(low + Gen.Long[0, Math.Max(0, high - low)].Generate(pcg, null, out _)),
        };
    }

    private static JsonValue NumberValue(JsonElement schema, PCG pcg, string name)
    {
        double minimum = schema.TryGetProperty("minimum", out var mn) && mn.ValueKind == JsonValueKind.Number ? mn.GetDouble()
            : name.StartsWith("lat", StringComparison.OrdinalIgnoreCase) ? -90 : name.StartsWith("l", StringComparison.OrdinalIgnoreCase) ? -180 : 0;
        double maximum = schema.TryGetProperty("maximum", out var mx) && mx.ValueKind == JsonValueKind.Number ? mx.GetDouble() : -minimum is > 0 and var m ? m : 1000;
        return Pick(pcg, 8) switch
        {
            0 => JsonValue.Create(minimum),
            1 => JsonValue.Create(maximum),
            2 => JsonValue.Create(maximum + 0.000001),
            3 => JsonValue.Create(OneOf(pcg, [0.0, -0.0, double.Epsilon, 1e300, -1e300])),
            _ => JsonValue.Create(Gen.Double[minimum, maximum].Generate(pcg, null, out _)),
        };
    }

    private JsonArray ArrayValue(JsonElement schema, PCG pcg, string name, string kindHint, int depth)
    {
        var items = schema.TryGetProperty("items", out var i) ? i : default;
        var count = Pick(pcg, 10) switch
        {
            0 => 0,
            1 => OneOf(pcg, [101, 1_000]),
            _ => 1 + Pick(pcg, 3),
        };
        var array = new JsonArray();
        for (var n = 0; n < count; n++)
        {
            array.Add(depth > 6 || count > 100 && n > 0 ? array[0]?.DeepClone() : Valid(items, pcg, name, kindHint, depth + 1));
        }

        return array;
    }

    private JsonObject ObjectValue(JsonElement schema, PCG pcg, int depth)
    {
        var obj = new JsonObject();
        if (depth > 6)
        {
            return obj;
        }

        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToHashSet() : [];
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (required.Contains(property.Name) ? Chance(pcg, 97) : Chance(pcg, 60))
                {
                    obj[property.Name] = Valid(property.Value, pcg, property.Name, string.Empty, depth + 1);
                }
            }
        }
        else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
        {
            for (var n = Pick(pcg, 3); n > 0; n--)
            {
                obj[OneOf(pcg, ["a", "en", "key", "wifi"]) + n] = Valid(additional, pcg, "value", string.Empty, depth + 1);
            }
        }

        return obj;
    }

    /// <summary>Which kind of real object an id parameter names: by its name, or by the path segment before it.</summary>
    public static string? IdKind(string lowerName, string pathSegmentBefore) => lowerName switch
    {
        "listingid" => "listing",
        "bookingid" => "booking",
        "paymentid" => "payment",
        "userid" or "hostid" => "user",
        "photoid" => "photo",
        "reviewid" => "review",
        _ => pathSegmentBefore switch
        {
            FuzzWorld.SpareListing => FuzzWorld.SpareListing,
            "listings" => "listing",
            "bookings" => "booking",
            "payments" => "payment",
            // /api/admin/users/{id}/lock|roles|…: never the fuzzer's own callers, whose sessions a lock or a role
            // change would end (every later request of theirs would be a 401 that tests nothing).
            "users" => FuzzWorld.ManagedUser,
            "reviews" => "review",
            "notifications" => "notification",
            "deliveries" => "delivery",
            _ => null,
        },
    };
}
