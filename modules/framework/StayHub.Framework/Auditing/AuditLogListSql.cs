using System.Text;
using Npgsql;
using NpgsqlTypes;
using StayHub.Framework.Contracts.Auditing;

namespace StayHub.Framework.Auditing;

/// <summary>
/// The audit list's one statement: the filters given, newest first on <c>(created_at, id)</c>, the keyset position
/// as a row comparison, so every filter combination is a backward walk of an index that stops after one page
/// (<c>ix_audit_logs_created_at_id</c>, or the user's, error code's or trace's own index). Plain SQL with typed
/// parameters, so the test that EXPLAINs it runs exactly what the service sends.
/// </summary>
internal static class AuditLogListSql
{
    public const string Columns =
        "id, created_at, user_id, user_name, http_method, path, status_code, duration_ms, error_code, trace_id, client_ip, " +
        "coalesce(jsonb_array_length(entity_changes), 0)";

    /// <summary>Fills <paramref name="command"/> with the page query (<paramref name="limit"/> rows after <paramref name="after"/>).</summary>
    public static NpgsqlCommand Build(AuditLogQuery query, AuditLogPosition? after, int limit, NpgsqlCommand command)
    {
        var sql = new StringBuilder($"SELECT {Columns} FROM {AuditDbContext.SchemaName}.audit_logs WHERE true");
        var p = command.Parameters;
        if (query.UserId is { } userId)
        {
            sql.Append(" AND user_id = @user_id");
            p.Add(new NpgsqlParameter<Guid>("user_id", userId));
        }

        if (!string.IsNullOrWhiteSpace(query.Method))
        {
            sql.Append(" AND http_method = @http_method");
            p.Add(new NpgsqlParameter<string>("http_method", query.Method.Trim().ToUpperInvariant()) { NpgsqlDbType = NpgsqlDbType.Varchar });
        }

        if (!string.IsNullOrEmpty(query.Path))
        {
            sql.Append(@" AND path LIKE @path ESCAPE '\'");
            p.Add(new NpgsqlParameter<string>("path", EscapeLike(query.Path) + "%") { NpgsqlDbType = NpgsqlDbType.Varchar });
        }

        if (query.Status is { } status)
        {
            sql.Append(" AND status_code = @status_code");
            p.Add(new NpgsqlParameter<int>("status_code", status));
        }

        if (!string.IsNullOrWhiteSpace(query.ErrorCode))
        {
            sql.Append(" AND error_code = @error_code");
            p.Add(new NpgsqlParameter<string>("error_code", query.ErrorCode.Trim()) { NpgsqlDbType = NpgsqlDbType.Varchar });
        }

        if (query.From is { } from)
        {
            sql.Append(" AND created_at >= @from");
            p.Add(new NpgsqlParameter<DateTimeOffset>("from", from.ToUniversalTime()));
        }

        if (query.To is { } to)
        {
            sql.Append(" AND created_at < @to");
            p.Add(new NpgsqlParameter<DateTimeOffset>("to", to.ToUniversalTime()));
        }

        if (!string.IsNullOrWhiteSpace(query.TraceId))
        {
            sql.Append(" AND trace_id = @trace_id");
            p.Add(new NpgsqlParameter<string>("trace_id", query.TraceId.Trim().ToLowerInvariant()) { NpgsqlDbType = NpgsqlDbType.Varchar });
        }

        if (after is not null)
        {
            sql.Append(" AND (created_at, id) < (@after_created_at, @after_id)");
            p.Add(new NpgsqlParameter<DateTimeOffset>("after_created_at", after.CreatedAt.ToUniversalTime()));
            p.Add(new NpgsqlParameter<Guid>("after_id", after.Id));
        }

        sql.Append(" ORDER BY created_at DESC, id DESC LIMIT @limit");
        p.Add(new NpgsqlParameter<int>("limit", limit));
        command.CommandText = sql.ToString();
        return command;
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
