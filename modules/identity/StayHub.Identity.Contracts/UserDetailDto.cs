namespace StayHub.Identity.Contracts;

/// <summary>A user as administrators see them on the detail page.</summary>
/// <param name="Id">User id.</param>
/// <param name="Email">Sign-in email.</param>
/// <param name="EmailConfirmed">Whether the email address is confirmed.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Bio">Free text about the user.</param>
/// <param name="PhoneNumber">Contact phone number (E.164), if any.</param>
/// <param name="PhotoUrl">Profile photo URL, if any.</param>
/// <param name="Roles">Roles held (guest, host, admin).</param>
/// <param name="ExternalLogins">Google or Facebook accounts linked for sign-in.</param>
/// <param name="HasPassword">Whether the account can sign in with a password.</param>
/// <param name="Lockout">Whether and why the account is locked.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="LastSignInAt">The last sign-in (password or authorization code; refreshes do not count), if any.</param>
public sealed record UserDetailDto(
    Guid Id,
    string Email,
    bool EmailConfirmed,
    string DisplayName,
    string? Bio,
    string? PhoneNumber,
    string? PhotoUrl,
    IReadOnlyList<string> Roles,
    IReadOnlyList<ExternalLoginDto> ExternalLogins,
    bool HasPassword,
    UserLockoutDto Lockout,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt);
