using StayHub.Framework.Auditing;
using StayHub.Framework.Domain;

namespace StayHub.Framework.Permissions;

/// <summary>Who a grant is for: a role (by name) or a user (by id).</summary>
public static class PermissionProviders
{
    public const string Role = "role";
    public const string User = "user";
}

public sealed class PermissionGrant : Entity, IAuditNamed
{
    public required string Name { get; init; }

    public required string ProviderName { get; init; }

    public required string ProviderKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who got or lost what, so the audit row of a grant change says which grant it was.</summary>
    public string AuditName => $"{ProviderName}:{ProviderKey}:{Name}";
}

/// <summary>Marks a permission whose default role grants were applied once, so an admin's later revoke sticks.</summary>
public sealed class PermissionSeedMark
{
    public required string Name { get; init; }

    public DateTimeOffset SeededAt { get; init; }
}
