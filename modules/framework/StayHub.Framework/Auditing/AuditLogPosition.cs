namespace StayHub.Framework.Auditing;

/// <summary>The last row of an audit page: where the next page starts (newest first).</summary>
internal sealed record AuditLogPosition(DateTimeOffset CreatedAt, Guid Id);
