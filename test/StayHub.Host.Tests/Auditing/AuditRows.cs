using System.Text.Json;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Tokens;

namespace StayHub.Host.Tests.Auditing;

/// <summary>
/// Reads <c>audit.audit_logs</c> rows as JSON (<c>row_to_json</c>, so snake_case column names). The row is
/// written when the request pipeline unwinds, which may be just after the client has the response: wait for it.
/// </summary>
internal static class AuditRows
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task<IReadOnlyList<JsonElement>> ReadAsync<TProgram>(StayHubAppFactory<TProgram> host, string where, params (string Name, object Value)[] parameters)
        where TProgram : class
    {
        var json = await host.ScalarAsync<string>(
            $"select coalesce(json_agg(a order by a.created_at), '[]'::json)::text from audit.audit_logs a where {where}", parameters);
        return [.. OAuthTestClient.ParseJson(json ?? "[]").EnumerateArray()];
    }

    /// <summary>Polls until at least <paramref name="count"/> rows match (or the patience runs out) and returns them.</summary>
    public static async Task<IReadOnlyList<JsonElement>> WaitAsync<TProgram>(StayHubAppFactory<TProgram> host, int count, string where, params (string Name, object Value)[] parameters)
        where TProgram : class
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var rows = await ReadAsync(host, where, parameters);
            if (rows.Count >= count || DateTime.UtcNow > deadline)
            {
                return rows;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The row's <c>entity_changes</c> (null counts as none).</summary>
    public static IReadOnlyList<JsonElement> Changes(JsonElement row) =>
        row.TryGetProperty("entity_changes", out var changes) && changes.ValueKind == JsonValueKind.Array
            ? [.. changes.EnumerateArray()]
            : [];
}
