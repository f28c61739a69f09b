namespace StayHub.Framework.Contracts.Auditing;

/// <summary>One audited request as the list shows it.</summary>
/// <param name="Id">Audit row id.</param>
/// <param name="CreatedAt">When the request ended.</param>
/// <param name="UserId">Who made it (null: anonymous).</param>
/// <param name="UserName">Their email at the time.</param>
/// <param name="HttpMethod">HTTP method.</param>
/// <param name="Path">Request path (no query string).</param>
/// <param name="StatusCode">Response status code.</param>
/// <param name="DurationMs">Time spent in the server, milliseconds.</param>
/// <param name="ErrorCode">The Problem Details code of an error answer.</param>
/// <param name="TraceId">W3C trace id.</param>
/// <param name="ClientIp">Client address as the server saw it (after trusted forwarded headers).</param>
/// <param name="EntityChangeCount">How many entities the request changed.</param>
public sealed record AuditLogSummaryDto(
    Guid Id,
    DateTimeOffset CreatedAt,
    Guid? UserId,
    string? UserName,
    string HttpMethod,
    string Path,
    int StatusCode,
    long DurationMs,
    string? ErrorCode,
    string? TraceId,
    string? ClientIp,
    int EntityChangeCount);
