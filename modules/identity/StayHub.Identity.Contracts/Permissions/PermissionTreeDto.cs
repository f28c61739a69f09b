namespace StayHub.Identity.Contracts.Permissions;

/// <summary>
/// Every permission the host's modules define, as module → group → permission. The groups are listed at the top
/// (each naming its module), ordered by module and group; permissions keep their modules' order.
/// </summary>
/// <param name="Groups">Permission groups (<c>Identity.Users</c>), each with its module and permissions.</param>
/// <param name="Roles">Every role with the permissions it holds.</param>
public sealed record PermissionTreeDto(IReadOnlyList<PermissionGroupDto> Groups, IReadOnlyList<RoleGrantsDto> Roles);
