namespace StayHub.Identity.Contracts.Permissions;

/// <summary>A group of permissions (the first two parts of their names).</summary>
/// <param name="Name">Group name, e.g. <c>Identity.Users</c>.</param>
/// <param name="DisplayName">What the console shows for the group.</param>
/// <param name="Module">The module the group belongs to, e.g. <c>Identity</c>.</param>
/// <param name="ModuleDisplayName">What the console shows for the module.</param>
/// <param name="Permissions">The group's permissions.</param>
public sealed record PermissionGroupDto(string Name, string DisplayName, string Module, string ModuleDisplayName, IReadOnlyList<PermissionDefinitionDto> Permissions);
