using System.Text.Json;

namespace StayHub.Http.Client.Proxies;

/// <summary>Turns an error answer (Problem Details, or anything else a proxy or gateway put there) into a <see cref="StayHubRemoteException"/>.</summary>
internal static class ProblemReader
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static async Task<StayHubRemoteException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var retryAfter = RetryAfterOf(response);
        var fallbackCode = $"http.{status}";
        string raw;
        try
        {
            raw = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException)
        {
            return new StayHubRemoteException(status, fallbackCode, response.ReasonPhrase, null, null, NoErrors, retryAfter);
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (raw.Length == 0 || mediaType is null || !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            // Not ours (a reverse proxy's HTML page, an empty 502): keep the status, never the markup.
            return new StayHubRemoteException(status, fallbackCode, response.ReasonPhrase, null, null, NoErrors, retryAfter);
        }

        try
        {
            using var document = JsonDocument.Parse(raw);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new StayHubRemoteException(status, fallbackCode, response.ReasonPhrase, null, null, NoErrors, retryAfter);
            }

            return new StayHubRemoteException(
                status,
                String(root, "code") ?? fallbackCode,
                String(root, "title") ?? response.ReasonPhrase,
                String(root, "detail"),
                String(root, "traceId"),
                Errors(root),
                retryAfter);
        }
        catch (JsonException)
        {
            return new StayHubRemoteException(status, fallbackCode, response.ReasonPhrase, null, null, NoErrors, retryAfter);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyDictionary<string, string[]> Errors(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            return NoErrors;
        }

        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in errors.EnumerateObject())
        {
            result[field.Name] = field.Value.ValueKind switch
            {
                JsonValueKind.Array => [.. field.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : v.GetRawText())],
                JsonValueKind.String => [field.Value.GetString() ?? string.Empty],
                _ => [field.Value.GetRawText()],
            };
        }

        return result;
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };
}
