namespace StayHub.Identity.Contracts.Permissions;

/// <summary>One permission to grant or revoke.</summary>
/// <param name="Name">A defined permission name (exact case).</param>
/// <param name="IsGranted">True to grant, false to revoke (required).</param>
public sealed record PermissionGrantChange(string Name, bool? IsGranted);
