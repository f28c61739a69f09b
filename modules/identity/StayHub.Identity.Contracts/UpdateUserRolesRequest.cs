namespace StayHub.Identity.Contracts;

/// <summary>Replaces a user's roles.</summary>
/// <param name="Roles">The roles the user holds afterwards (guest, host, admin); guest is everyone's and is kept whether listed or not.</param>
public sealed record UpdateUserRolesRequest(IReadOnlyList<string> Roles);
