namespace StayHub.Framework.Auditing;

/// <summary>What one SaveChanges wrote, and the request's audit scope it goes to once it is durable.</summary>
/// <param name="Target">The scope of the request that saved.</param>
/// <param name="Changes">The entity changes of the save.</param>
public sealed record AuditedSave(AuditScope Target, IReadOnlyList<EntityChange> Changes);
