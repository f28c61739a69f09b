namespace StayHub.Identity.Contracts.Permissions;

/// <summary>Every defined permission and whether a role or user holds it.</summary>
/// <param name="ProviderName"><c>role</c> or <c>user</c>.</param>
/// <param name="ProviderKey">The role name or the user id.</param>
/// <param name="Permissions">One entry per defined permission, sorted by name.</param>
public sealed record PermissionGrantsDto(string ProviderName, string ProviderKey, IReadOnlyList<PermissionGrantDto> Permissions);
