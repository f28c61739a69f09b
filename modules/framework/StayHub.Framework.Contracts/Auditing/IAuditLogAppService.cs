using StayHub.Framework.Contracts.Admin;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Framework.Contracts.Auditing;

/// <summary>
/// The audit log for administrators (<see cref="AdminPermissions.AuditLogsRead"/>): one row per non-GET request —
/// who, what, when, from where, outcome, duration — with the entities it changed.
/// </summary>
[ApplicationService("api/admin/audit-logs", Tag = "Admin: audit log", OperationIdPrefix = "Admin")]
[Permission(AdminPermissions.AuditLogsRead)]
public interface IAuditLogAppService : IApplicationService
{
    /// <summary>
    /// Audit rows newest first (keyset paging; a cursor only pages the filters it was issued for). <c>path</c> matches
    /// the start of the request path, <c>from</c> is inclusive and <c>to</c> exclusive.
    /// </summary>
    [Get("")]
    Task<CursorPage<AuditLogSummaryDto>> ListAuditLogsAsync(AuditLogQuery query, CancellationToken cancellationToken);

    /// <summary>One audit row with its entity changes; 404 when there is none with this id.</summary>
    [ProducesErrors(404)]
    Task<AuditLogDto> GetAuditLogAsync(Guid id, CancellationToken cancellationToken);
}
