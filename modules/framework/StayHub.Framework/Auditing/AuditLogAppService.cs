using Microsoft.EntityFrameworkCore;
using Npgsql;
using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Auditing;
using StayHub.Framework.Errors;
using StayHub.Framework.Pagination;

namespace StayHub.Framework.Auditing;

internal sealed class AuditLogAppService(NpgsqlDataSource dataSource, AuditDbContext db) : IAuditLogAppService
{
    public async Task<CursorPage<AuditLogSummaryDto>> ListAuditLogsAsync(AuditLogQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Cursor.ClampPageSize(query.PageSize);
        var scope = query with { Cursor = null, PageSize = null };
        var after = Cursor.Decode<AuditLogPosition?>(query.Cursor, scope);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = AuditLogListSql.Build(query, after, pageSize + 1, connection.CreateCommand());
        var rows = new List<AuditLogSummaryDto>(pageSize + 1);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new AuditLogSummaryDto(
                    reader.GetGuid(0),
                    reader.GetFieldValue<DateTimeOffset>(1),
                    reader.IsDBNull(2) ? null : reader.GetGuid(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetString(4),
                    reader.GetString(5),
                    reader.GetInt32(6),
                    reader.GetInt64(7),
                    reader.IsDBNull(8) ? null : reader.GetString(8),
                    reader.IsDBNull(9) ? null : reader.GetString(9),
                    reader.IsDBNull(10) ? null : reader.GetString(10),
                    reader.GetInt32(11)));
            }
        }

        var items = rows.Take(pageSize).ToList();
        var next = rows.Count > pageSize ? Cursor.Encode<AuditLogPosition?>(new AuditLogPosition(items[^1].CreatedAt, items[^1].Id), scope) : null;
        return new CursorPage<AuditLogSummaryDto>(items, next);
    }

    public async Task<AuditLogDto> GetAuditLogAsync(Guid id, CancellationToken cancellationToken)
    {
        var log = await db.AuditLogs.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("The audit log entry");
        return new AuditLogDto(
            log.Id,
            log.CreatedAt,
            log.UserId,
            log.UserName,
            log.HttpMethod,
            log.Path,
            log.StatusCode,
            log.DurationMs,
            log.ErrorCode,
            log.TraceId,
            log.ClientIp,
            log.UserAgent,
            [.. log.EntityChanges.Select(c => new AuditEntityChangeDto(c.EntityType, c.EntityId, c.ChangeType, c.Properties))]);
    }
}
