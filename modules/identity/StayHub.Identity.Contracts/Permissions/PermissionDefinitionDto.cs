namespace StayHub.Identity.Contracts.Permissions;

/// <summary>One permission as defined by its module.</summary>
/// <param name="Name">Permission name, <c>Module.Group.Action</c>.</param>
/// <param name="DisplayName">What it allows, for people.</param>
/// <param name="Parent">The permission it refines (shown under it); it grants nothing by itself.</param>
/// <param name="GrantedRoles">The roles holding it now.</param>
public sealed record PermissionDefinitionDto(string Name, string DisplayName, string? Parent, IReadOnlyList<string> GrantedRoles);
