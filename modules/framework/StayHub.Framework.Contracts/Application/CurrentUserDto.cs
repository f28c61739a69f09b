namespace StayHub.Framework.Contracts.Application;

/// <summary>The caller as their access token names them.</summary>
/// <param name="IsAuthenticated">Whether a valid access token came with the request.</param>
/// <param name="Id">User id, or <c>null</c> when anonymous.</param>
/// <param name="Email">Email, or <c>null</c>.</param>
/// <param name="DisplayName">Display name, or <c>null</c>.</param>
/// <param name="Roles">Roles (<c>guest</c>, <c>host</c>, <c>admin</c>).</param>
public sealed record CurrentUserDto(bool IsAuthenticated, Guid? Id, string? Email, string? DisplayName, IReadOnlyList<string> Roles);
