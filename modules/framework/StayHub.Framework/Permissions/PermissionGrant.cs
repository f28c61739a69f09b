using StayHub.Framework.Auditing;
using StayHub.Framework.Domain;

namespace StayHub.Framework.Permissions;

public sealed class PermissionGrant : Entity, IAuditNamed
{
    public required string Name { get; init; }

    public required string ProviderName { get; init; }

    public required string ProviderKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who got or lost what, so the audit row of a grant change says which grant it was.</summary>
    public string AuditName => $"{ProviderName}:{ProviderKey}:{Name}";
}
