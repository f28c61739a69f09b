using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using static StayHub.Host.Tests.Fuzzing.SchemaValueGenerator;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>
/// Draws a whole request for case <c>index</c> of a run from its own PCG stream (<c>new PCG(index, seed)</c>), so
/// any case replays alone: an operation, a caller, path/query/header values and a body that starts valid (a real
/// seed body or one built from the schema) and gets up to three mutations — a property made invalid, removed, set
/// to null, an unknown one added — or is replaced by malformed or hostile JSON, or sent under another media type.
/// </summary>
public sealed class FuzzCaseGenerator(IReadOnlyList<FuzzOperation> operations, OpenApiSchemas schemas, FuzzWorld world)
{
    private static readonly string[] BrokenBodies =
    [
        "", "{", "}", "null", "[]", "\"text\"", "42", "{\"a\":", "{\"a\":1,\"a\":2}", "\uFEFF{}", "{'single':'quotes'}",
        "{\"x\":\"\\ud800\"}", "{\"x\":\"\\u0000\"}", "{\"x\":NaN}", "{\"x\":1e400}", "[{}]",
        new string('[', 10_000) + new string(']', 10_000),
        "{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 300)) + "1" + new string('}', 301),
        "{\"big\":\"" + new string('x', 2_000_000) + "\"}",
    ];

    private static readonly string?[] OtherMediaTypes =
    [
        null, "text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=bogus",
        "application/json; charset=utf-16", "application/json; charset=\"utf-8\"", "application/merge-patch+json", "*/*", ";;;",
    ];

    private readonly SchemaValueGenerator values = new(schemas, world);

    public FuzzCase Generate(int index, ulong seed)
    {
        var pcg = new PCG((uint)index, seed);
        var operation = OneOf(pcg, operations);
        // A third of the cases are clean (the intended caller, valid values only, few optional parameters, no
        // mutation) so they get into business logic; with many parameters one bad value otherwise always wins.
        var clean = Chance(pcg, 33);
        var caller = clean || Chance(pcg, 40) ? LikelyCaller(operation) : (FuzzCaller)Pick(pcg, 4);

        var segments = operation.PathTemplate.Split('/');
        var pathValues = new Dictionary<string, string>();
        var query = new List<KeyValuePair<string, string>>();
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var parameter in operation.Parameters)
        {
            var before = Array.IndexOf(segments, "{" + parameter.Name + "}") is var at and > 0 ? segments[at - 1] : string.Empty;
            if (operation is { Method: "DELETE", PathTemplate: "/api/listings/{id}" })
            {
                before = FuzzWorld.SpareListing;
            }

            switch (parameter.In)
            {
                case "path":
                    // The in-process client refuses a path holding %00 before sending it (Kestrel answers such a
                    // request line 400 itself, before the application): another control character stands in.
                    pathValues[parameter.Name] = FuzzJson.AsParameterText(
                        clean || Chance(pcg, 75) ? values.Valid(parameter.Schema, pcg, parameter.Name, before, depth: 0) : values.Invalid(parameter.Schema, pcg, parameter.Name))
                        .Replace('\0', '\u0001');
                    // An empty segment is another route (GET /api/listings/ is the search): a blank stands in.
                    if (pathValues[parameter.Name].Length == 0)
                    {
                        pathValues[parameter.Name] = " ";
                    }

                    break;
                case "query" when parameter.Required || Chance(pcg, clean ? 20 : 50):
                    var value = clean ? values.Valid(parameter.Schema, pcg, parameter.Name, before, depth: 0) : values.Any(parameter.Schema, pcg, parameter.Name, before);
                    if (value is JsonArray list && Chance(pcg, 50))
                    {
                        query.AddRange(list.Select(item => new KeyValuePair<string, string>(parameter.Name, FuzzJson.AsParameterText(item))));
                    }
                    else
                    {
                        query.Add(new(parameter.Name, FuzzJson.AsParameterText(value)));
                    }

                    break;
                case "header" when Chance(pcg, 50):
                    headers.Add(new(parameter.Name, OneOf(pcg, [$"fuzz-{Pick(pcg, 1_000_000_000)}", "key-" + Pick(pcg, 1000), new string('k', 300), " ", "ünïcode"])));
                    break;
            }
        }

        if (!clean && Chance(pcg, 5))
        {
            query.Add(new(OneOf(pcg, ["unknown", "pageSize", "$where", "__proto__"]), OneOf(pcg, NastyStrings.All[..20])));
        }

        if (operation.BodyMediaType is null)
        {
            // Operations without a body get one now and then: it must be ignored or refused, never a 500.
            return Chance(pcg, 5)
                ? new FuzzCase(index, operation, caller, pathValues, query, headers, null, OneOf(pcg, BrokenBodies[..8]), "application/json", Multipart: false)
                : new FuzzCase(index, operation, caller, pathValues, query, headers, null, null, null, Multipart: false);
        }

        if (operation.BodyMediaType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            var fileType = OneOf(pcg, ["image/png", "image/jpeg", "text/plain", "application/octet-stream"]);
            var content = OneOf(pcg, ["", "\u0089PNG\r\n\u001a\n" + new string('\0', 40), "GIF89a", "<svg onload=alert(1)>", new string('A', 10_000)]);
            // A real image now and then (few: each costs the image pipeline a second on a busy machine).
            if (Chance(pcg, 5))
            {
                return new FuzzCase(index, operation, caller, pathValues, query, headers, null, null, "image/jpeg", Multipart: true, File: world.Jpeg);
            }

            return Chance(pcg, 60)
                ? new FuzzCase(index, operation, caller, pathValues, query, headers, null, content, fileType, Multipart: true)
                : new FuzzCase(index, operation, caller, pathValues, query, headers, null, OneOf(pcg, BrokenBodies[..8]), OneOf(pcg, OtherMediaTypes), Multipart: false);
        }

        if (!clean && Chance(pcg, 8))
        {
            return new FuzzCase(index, operation, caller, pathValues, query, headers, null, OneOf(pcg, BrokenBodies), "application/json", Multipart: false);
        }

        var schema = operation.BodySchema ?? default;
        var name = OpenApiSchemas.RefName(schema);
        var body = name is not null && world.SeedBodies.TryGetValue(name, out var seeded) && (clean || Chance(pcg, 60))
            ? seeded.DeepClone()
            : values.Valid(schema, pcg, "body", string.Empty, depth: 0);
        // A clean case still varies one property of its seed body with a valid value half the time.
        for (var mutations = clean ? 0 : Chance(pcg, 20) ? 0 : 1 + Pick(pcg, 3); mutations > 0; mutations--)
        {
            body = Mutate(body, schema, pcg);
        }

        if (clean && body is JsonObject seedCopy && seedCopy.Count > 0 && Chance(pcg, 50))
        {
            var (key, _) = OneOf(pcg, seedCopy.ToList());
            var keySchema = PropertySchema(schemas.Resolve(schema), key);
            if (keySchema is { } ks)
            {
                seedCopy[key] = values.Valid(ks, pcg, key, string.Empty, depth: 1);
            }
        }

        var contentType = clean || Chance(pcg, 92) ? "application/json" : OneOf(pcg, OtherMediaTypes);
        return new FuzzCase(index, operation, caller, pathValues, query, headers, body, null, contentType, Multipart: false);
    }

    /// <summary>The caller an operation is meant for, so most requests get past 401/403 into validation and logic.</summary>
    private static FuzzCaller LikelyCaller(FuzzOperation operation)
    {
        var path = operation.PathTemplate;
        if (path.StartsWith("/api/admin/", StringComparison.Ordinal))
        {
            return FuzzCaller.Admin;
        }

        var hostsOnly = path.StartsWith("/api/host/", StringComparison.Ordinal)
            || (path.StartsWith("/api/listings", StringComparison.Ordinal) && operation.Method != "GET")
            || path.EndsWith("/approve", StringComparison.Ordinal) || path.EndsWith("/decline", StringComparison.Ordinal)
            || path.EndsWith("/reply", StringComparison.Ordinal);
        return hostsOnly ? FuzzCaller.Host : FuzzCaller.Guest;
    }

    private JsonNode? Mutate(JsonNode? body, JsonElement schema, PCG pcg)
    {
        if (body is not JsonObject obj || Chance(pcg, 5))
        {
            return values.Invalid(schema, pcg, "body");
        }

        // Walk down into a nested object now and then (address, location, money, ranges).
        var target = obj;
        var targetSchema = schemas.Resolve(schema);
        while (Chance(pcg, 30))
        {
            var nested = target.Where(p => p.Value is JsonObject).ToList();
            if (nested.Count == 0)
            {
                break;
            }

            var (key, child) = OneOf(pcg, nested);
            target = (JsonObject)child!;
            targetSchema = PropertySchema(targetSchema, key) is { } s ? schemas.Resolve(s) : default;
        }

        var names = targetSchema.ValueKind == JsonValueKind.Object && targetSchema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => p.Name).ToList()
            : target.Select(p => p.Key).ToList();
        var propertyName = names.Count > 0 ? OneOf(pcg, names) : "x";
        var propertySchema = PropertySchema(targetSchema, propertyName) ?? default;
        switch (Pick(pcg, 6))
        {
            case 0:
                target.Remove(propertyName);
                break;
            case 1:
                target[propertyName] = null;
                break;
            case 2:
                target["unknownField" + Pick(pcg, 10)] = values.Any(propertySchema, pcg, propertyName, string.Empty);
                break;
            case 3:
                target[propertyName] = values.Valid(propertySchema, pcg, propertyName, string.Empty, depth: 1);
                break;
            default:
                target[propertyName] = values.Invalid(propertySchema, pcg, propertyName);
                break;
        }

        return obj;
    }

    private static JsonElement? PropertySchema(JsonElement objectSchema, string name) =>
        objectSchema.ValueKind == JsonValueKind.Object && objectSchema.TryGetProperty("properties", out var properties)
            && properties.TryGetProperty(name, out var property) ? property : null;
}
