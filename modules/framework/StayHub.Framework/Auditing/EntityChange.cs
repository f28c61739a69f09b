namespace StayHub.Framework.Auditing;

/// <summary>
/// Which entity changed and which properties. Values are left out on purpose: they may hold PII or secrets
/// (password hashes, tokens); the entity's current state is in its own module.
/// </summary>
public sealed record EntityChange(string EntityType, string? EntityId, string ChangeType, IReadOnlyList<string> Properties);
