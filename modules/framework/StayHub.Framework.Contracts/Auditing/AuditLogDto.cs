namespace StayHub.Framework.Contracts.Auditing;

/// <summary>One audited request with the entities it changed.</summary>
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
/// <param name="ClientIp">Client address.</param>
/// <param name="UserAgent">The client's User-Agent (first 512 characters).</param>
/// <param name="EntityChanges">Entities saved by the request (committed changes only), in the order saved.</param>
public sealed record AuditLogDto(
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
    string? UserAgent,
    IReadOnlyList<AuditEntityChangeDto> EntityChanges);
