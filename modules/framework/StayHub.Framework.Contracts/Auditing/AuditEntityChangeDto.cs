namespace StayHub.Framework.Contracts.Auditing;

/// <summary>An entity a request changed. Values are not kept (they may hold PII or secrets): which, not what.</summary>
/// <param name="EntityType">Entity type, e.g. <c>PermissionGrant</c>.</param>
/// <param name="EntityId">Its key, or the name it gives itself for the audit (<c>role:guest:Reviews.Reviews.Moderate</c>).</param>
/// <param name="ChangeType">Added, Modified or Deleted.</param>
/// <param name="Properties">The properties whose values changed (Modified only).</param>
public sealed record AuditEntityChangeDto(string EntityType, string? EntityId, string ChangeType, IReadOnlyList<string> Properties);
