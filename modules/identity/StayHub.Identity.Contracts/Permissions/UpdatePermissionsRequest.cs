namespace StayHub.Identity.Contracts.Permissions;

/// <summary>Grants or revokes the named permissions; permissions not named are left as they are.</summary>
/// <param name="Permissions">1 to 200 changes, each permission named once.</param>
public sealed record UpdatePermissionsRequest(IReadOnlyList<PermissionGrantChange> Permissions);
