namespace StayHub.Identity.Contracts.Permissions;

/// <summary>Whether a permission is held, and through what.</summary>
/// <param name="Name">Permission name.</param>
/// <param name="IsGranted">Held (for a user: directly or through any role).</param>
/// <param name="GrantedBy">Where it comes from: <c>role:host</c> for each role holding it, <c>user</c> for a grant to the user.</param>
public sealed record PermissionGrantDto(string Name, bool IsGranted, IReadOnlyList<string> GrantedBy);
