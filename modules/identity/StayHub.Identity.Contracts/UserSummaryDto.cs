namespace StayHub.Identity.Contracts;

/// <summary>A user as admins see them in lists.</summary>
/// <param name="Id">User id.</param>
/// <param name="Email">Sign-in email.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Roles">Roles held.</param>
/// <param name="LockedOut">Whether the account is currently locked.</param>
/// <param name="CreatedAt">When the account was created.</param>
public sealed record UserSummaryDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut, DateTimeOffset CreatedAt);
