namespace StayHub.Identity.Contracts.Permissions;

/// <summary>A role and the permissions granted to it.</summary>
/// <param name="Name">Role name (guest, host, admin).</param>
/// <param name="Permissions">Names of the permissions it holds, sorted.</param>
public sealed record RoleGrantsDto(string Name, IReadOnlyList<string> Permissions);
