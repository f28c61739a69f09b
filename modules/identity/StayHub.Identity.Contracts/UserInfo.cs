namespace StayHub.Identity.Contracts;

/// <summary>What other modules may know about a user.</summary>
/// <param name="Id">User id.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Email">Email, for notifications.</param>
/// <param name="PhotoUrl">Profile photo URL, if any.</param>
/// <param name="Roles">Roles held.</param>
public sealed record UserInfo(Guid Id, string DisplayName, string Email, string? PhotoUrl, IReadOnlyList<string> Roles);
