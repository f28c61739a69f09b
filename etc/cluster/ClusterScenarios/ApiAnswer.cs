using System.Text.Json;

namespace ClusterScenarios;

/// <summary>
/// One HTTP exchange as the client saw it. Status 0 means no HTTP answer at all (connection refused or reset,
/// client timeout); <see cref="Failure"/> then says which.
/// </summary>
internal sealed record ApiAnswer(int Status, string Body, string? ContentType, string? RetryAfter, bool Replayed, TimeSpan Elapsed, string? Failure)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public bool IsServerError => Status >= 500;

    /// <summary>The Problem Details <c>code</c>, when the body is one.</summary>
    public string? Code
    {
        get
        {
            if (ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true || Body.Length == 0)
            {
                return null;
            }

            try
            {
                using var doc = JsonDocument.Parse(Body);
                return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    public string? JsonString(string property)
    {
        using var doc = JsonDocument.Parse(Body);
        return doc.RootElement.TryGetProperty(property, out var value) ? value.ToString() : null;
    }

    /// <summary>A 503 the way the house promises it: Problem Details <c>service_unavailable</c> with a Retry-After.</summary>
    public bool IsProperServiceUnavailable =>
        Status == 503 && Code == "service_unavailable" && int.TryParse(RetryAfter, out var seconds) && seconds > 0;

    public override string ToString() => Status == 0 ? $"no answer ({Failure})" : $"{Status} {Code}";
}
