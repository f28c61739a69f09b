namespace StayHub.Framework.Contracts.Auditing;

/// <summary>Filters of the audit log list; every one is optional and they combine with AND.</summary>
/// <param name="UserId">Requests made by this user.</param>
/// <param name="Method">HTTP method (POST, PUT, PATCH, DELETE; case-insensitive).</param>
/// <param name="Path">Requests whose path starts with this (e.g. <c>/api/admin/users</c>).</param>
/// <param name="Status">Response status code (100–599).</param>
/// <param name="ErrorCode">The Problem Details <c>code</c> answered (e.g. <c>auth.forbidden</c>).</param>
/// <param name="From">Rows at or after this instant.</param>
/// <param name="To">Rows before this instant.</param>
/// <param name="TraceId">The W3C trace id (32 hex digits) the answer's Problem Details or logs carry.</param>
/// <param name="PageSize">Rows per page (1–100, default 20).</param>
/// <param name="Cursor">The previous page's <c>nextCursor</c>.</param>
public sealed record AuditLogQuery(
    Guid? UserId,
    string? Method,
    string? Path,
    int? Status,
    string? ErrorCode,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? TraceId,
    int? PageSize,
    string? Cursor);
