using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace StayHub.Framework.Testing;

/// <summary>A Problem Details answer as clients see it.</summary>
public sealed record Problem(int Status, string Code, string? Title, string? Detail, string? TraceId, IReadOnlyDictionary<string, string[]> Errors, string Raw);

public static class ApiAssertions
{
    /// <summary>Asserts the response is an RFC 9457 problem with the given status and code, and that it leaks nothing.</summary>
    public static async Task<Problem> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var raw = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, raw);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", raw);
        using var document = JsonDocument.Parse(raw);
        var root = document.RootElement;
        root.GetProperty("status").GetInt32().ShouldBe((int)status);
        var problemCode = root.GetProperty("code").GetString()!;
        if (code is not null)
        {
            problemCode.ShouldBe(code, raw);
        }

        var traceId = root.TryGetProperty("traceId", out var t) ? t.GetString() : null;
        traceId.ShouldNotBeNullOrWhiteSpace(raw);
        raw.ShouldNotContain("   at ", Case.Sensitive, "a stack trace leaked");
        raw.ShouldNotContain("Exception", Case.Sensitive, "an exception type leaked");
        raw.ShouldNotContain("Npgsql", Case.Insensitive, "a database detail leaked");

        var errors = new Dictionary<string, string[]>();
        if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in e.EnumerateObject())
            {
                errors[property.Name] = [.. property.Value.EnumerateArray().Select(v => v.GetString()!)];
            }
        }

        return new Problem(
            (int)status,
            problemCode,
            root.TryGetProperty("title", out var title) ? title.GetString() : null,
            root.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
            traceId,
            errors,
            raw);
    }

    /// <summary>Asserts a success status and reads the JSON body.</summary>
    public static async Task<T> ShouldBeJsonAsync<T>(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var raw = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, raw);
        return JsonSerializer.Deserialize<T>(raw, JsonOptions) ?? throw new ShouldAssertException($"Empty body: {raw}");
    }

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body, JsonOptions);
}
