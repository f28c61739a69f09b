using System.Text;
using System.Text.Json;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.OpenApi;

/// <summary>
/// Pins every operation of the OpenAPI document — method, path, operation id, parameters, request and response
/// schema names per status — against <c>openapi-operations.txt</c>, so a change to how routes are produced (hand
/// mapping or application-service conventions) cannot drop a status or rename a schema unnoticed. Run with
/// <c>STAYHUB_UPDATE_SNAPSHOTS=1</c> to rewrite the file, then review the diff.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class OpenApiSnapshotTests(HostFixture host)
{
    private static readonly string SnapshotPath = Path.Combine(RepositoryPaths.Root, "test", "StayHub.Host.Tests", "OpenApi", "openapi-operations.txt");

    [Fact]
    public async Task Operations_match_the_snapshot()
    {
        var body = await host.CreateClient().GetStringAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(body);
        var actual = Describe(document.RootElement);

        if (Environment.GetEnvironmentVariable("STAYHUB_UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(SnapshotPath, actual);
        }

        var expected = await File.ReadAllTextAsync(SnapshotPath);
        actual.ShouldBe(expected.ReplaceLineEndings("\n"));
    }

    /// <summary>One line per operation, sorted by path then method.</summary>
    internal static string Describe(JsonElement document)
    {
        var lines = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Name is "parameters" or "summary" or "description")
                {
                    continue;
                }

                lines.Add(DescribeOperation(path.Name, operation.Name, operation.Value));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static string DescribeOperation(string path, string method, JsonElement operation)
    {
        var line = new StringBuilder();
        line.Append(method.ToUpperInvariant()).Append(' ').Append(path);
        line.Append(" id=").Append(operation.TryGetProperty("operationId", out var id) ? id.GetString() : "-");

        if (operation.TryGetProperty("parameters", out var parameters))
        {
            var described = parameters.EnumerateArray()
                .Select(p => $"{p.GetProperty("in").GetString()}:{p.GetProperty("name").GetString()}"
                    + (p.TryGetProperty("required", out var r) && r.GetBoolean() ? "!" : string.Empty))
                .Order(StringComparer.Ordinal);
            line.Append(" params=[").AppendJoin(',', described).Append(']');
        }

        if (operation.TryGetProperty("requestBody", out var requestBody))
        {
            line.Append(" body=").Append(DescribeContent(requestBody));
        }

        line.Append(" responses=[");
        var responses = operation.GetProperty("responses").EnumerateObject()
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => r.Name + (r.Value.TryGetProperty("content", out _) ? ":" + DescribeContent(r.Value) : string.Empty));
        line.AppendJoin(',', responses).Append(']');
        return line.ToString();
    }

    private static string DescribeContent(JsonElement holder)
    {
        if (!holder.TryGetProperty("content", out var content))
        {
            return "-";
        }

        return string.Join('|', content.EnumerateObject()
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name + (c.Value.TryGetProperty("schema", out var schema) ? "=" + DescribeSchema(schema) : string.Empty)));
    }

    private static string DescribeSchema(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return reference.GetString()!.Split('/')[^1];
        }

        if (schema.TryGetProperty("items", out var items))
        {
            return DescribeSchema(items) + "[]";
        }

        return schema.TryGetProperty("type", out var type) ? type.ToString() : "object";
    }
}
