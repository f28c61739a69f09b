using System.Text.Json;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>
/// One operation of the OpenAPI document: what the fuzzer may vary (parameters, body) and what each documented
/// status promises (<see cref="ResponseSchemas"/>: status → JSON schema, absent when the answer has no JSON body).
/// </summary>
public sealed record FuzzOperation(
    string Method,
    string PathTemplate,
    string OperationId,
    IReadOnlyList<FuzzParameter> Parameters,
    string? BodyMediaType,
    JsonElement? BodySchema,
    IReadOnlyDictionary<string, JsonElement?> ResponseSchemas)
{
    public override string ToString() => $"{Method} {PathTemplate}";

    /// <summary>Reads every operation of an OpenAPI 3.x document (path-level parameters included).</summary>
    public static List<FuzzOperation> ReadAll(JsonElement document)
    {
        var operations = new List<FuzzOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            foreach (var method in path.Value.EnumerateObject())
            {
                if (method.Name is "parameters" or "summary" or "description" or "servers")
                {
                    continue;
                }

                var op = method.Value;
                var parameters = shared
                    .Concat(op.TryGetProperty("parameters", out var own) ? own.EnumerateArray() : [])
                    .Select(x => new FuzzParameter(
                        x.GetProperty("name").GetString()!,
                        x.GetProperty("in").GetString()!,
                        x.TryGetProperty("required", out var r) && r.GetBoolean(),
                        x.TryGetProperty("schema", out var s) ? s : default))
                    .ToList();

                string? mediaType = null;
                JsonElement? bodySchema = null;
                if (op.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                {
                    var first = content.EnumerateObject().First();
                    mediaType = first.Name;
                    bodySchema = first.Value.TryGetProperty("schema", out var bs) ? bs : null;
                }

                var responses = new Dictionary<string, JsonElement?>();
                foreach (var response in op.GetProperty("responses").EnumerateObject())
                {
                    JsonElement? schema = null;
                    if (response.Value.TryGetProperty("content", out var rc) && rc.TryGetProperty("application/json", out var json)
                        && json.TryGetProperty("schema", out var rs))
                    {
                        schema = rs;
                    }

                    responses[response.Name] = schema;
                }

                operations.Add(new FuzzOperation(
                    method.Name.ToUpperInvariant(),
                    path.Name,
                    op.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{method.Name} {path.Name}",
                    parameters,
                    mediaType,
                    bodySchema,
                    responses));
            }
        }

        return [.. operations.OrderBy(o => o.PathTemplate, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)];
    }
}
