using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>
/// The rules every answer must keep, whatever was sent: no 5xx; a 4xx is <c>application/problem+json</c> with a
/// <c>code</c>; a 2xx with a documented JSON schema matches it (and its status is documented at all); and no body
/// leaks a stack trace, SQL, driver or .NET type names or file paths. Returns the broken rule ("category: detail").
/// </summary>
public sealed partial class ResponseVerdict(ResponseSchemaChecker checker)
{
    [GeneratedRegex(@"(\bat [A-Z][\w`]+(\.[\w`<>]+)+\(|\.cs:line \d|Npgsql|\bSystem\.[A-Z]|\bMicrosoft\.[A-Z]|\bStayHub\.[A-Z]\w+\.|\w+Exception\b|SqlState|\bSELECT\s.+\sFROM\s|\bINSERT INTO\b|/work/|/home/|/root/|[A-Z]:\\\\)", RegexOptions.CultureInvariant)]
    private static partial Regex LeakPattern();

    public string? Judge(FuzzOperation operation, int status, MediaTypeHeaderValue? contentType, string body)
    {
        if (status >= 500)
        {
            return $"5xx: {status} {Shorten(body)}";
        }

        var leak = LeakPattern().Match(body);
        if (leak.Success)
        {
            return $"leak: '{leak.Value}' in {Shorten(body)}";
        }

        if (status >= 400)
        {
            if (contentType?.MediaType != "application/problem+json")
            {
                return $"problem: {status} answered as '{contentType?.MediaType ?? "no content type"}' {Shorten(body)}";
            }

            try
            {
                using var problem = JsonDocument.Parse(body);
                return problem.RootElement.ValueKind == JsonValueKind.Object
                    && problem.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                    && !string.IsNullOrEmpty(code.GetString())
                    ? null
                    : $"problem: {status} without a code {Shorten(body)}";
            }
            catch (JsonException)
            {
                return $"problem: {status} body is not JSON {Shorten(body)}";
            }
        }

        if (status is >= 200 and < 300)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.ResponseSchemas.TryGetValue(key, out var schema))
            {
                return $"schema: {status} is not a documented answer of {operation}";
            }

            if (schema is null)
            {
                return null;
            }

            if (contentType?.MediaType != "application/json")
            {
                return $"schema: {status} answered as '{contentType?.MediaType}' where application/json is documented";
            }

            try
            {
                using var document = JsonDocument.Parse(body);
                var violations = checker.Check(document.RootElement, schema.Value);
                return violations.Count == 0 ? null : $"schema: {string.Join("; ", violations.Take(5))}";
            }
            catch (JsonException)
            {
                return $"schema: {status} body is not JSON {Shorten(body)}";
            }
        }

        return null;
    }

    private static string Shorten(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
