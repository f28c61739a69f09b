namespace StayHub.Framework.Permissions;

/// <summary>Marks a permission whose default role grants were applied once, so an admin's later revoke sticks.</summary>
public sealed class PermissionSeedMark
{
    public required string Name { get; init; }

    public DateTimeOffset SeededAt { get; init; }
}
