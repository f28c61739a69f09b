using System.Globalization;
using System.Text.Json;

namespace StayHub.Http.Client.Proxies;

/// <summary>One value as a route segment or query-string entry reads on the server: invariant culture, ISO dates.</summary>
internal static class QueryValues
{
    public static string? Format(object? value, JsonSerializerOptions json) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        // The name the JSON body would carry (camelCase, or a [JsonStringEnumMemberName]), so query and body agree.
        Enum e => JsonSerializer.Serialize(e, e.GetType(), json).Trim('"'),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
