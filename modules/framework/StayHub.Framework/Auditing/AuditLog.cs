using StayHub.Framework.Domain;

namespace StayHub.Framework.Auditing;

/// <summary>One audited request (every non-GET) with the entity changes it saved.</summary>
public sealed class AuditLog : Entity
{
    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public string? ClientIp { get; set; }

    public string? UserAgent { get; set; }

    public required string HttpMethod { get; set; }

    public required string Path { get; set; }

    public int StatusCode { get; set; }

    public long DurationMs { get; set; }

    public string? TraceId { get; set; }

    public string? ErrorCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<EntityChange> EntityChanges { get; set; } = [];
}
