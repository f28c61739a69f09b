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

/// <summary>An external sign-in linked to an account.</summary>
/// <param name="Provider">google or facebook.</param>
/// <param name="ProviderKey">The account's id at the provider.</param>
public sealed record ExternalLoginDto(string Provider, string ProviderKey);

/// <summary>An account's lockout state.</summary>
/// <param name="LockedOut">Whether the account is locked now (by an administrator or after failed sign-ins).</param>
/// <param name="Until">When the lock ends; null when not locked or locked until unlocked.</param>
/// <param name="Reason">The administrator's reason; null for a lock after failed sign-ins.</param>
/// <param name="LockedAt">When an administrator locked it.</param>
/// <param name="LockedBy">The administrator who locked it.</param>
/// <param name="FailedSignIns">Failed password sign-ins since the last success.</param>
public sealed record UserLockoutDto(bool LockedOut, DateTimeOffset? Until, string? Reason, DateTimeOffset? LockedAt, Guid? LockedBy, int FailedSignIns);

/// <summary>Replaces a user's roles.</summary>
/// <param name="Roles">The roles the user holds afterwards (guest, host, admin); guest is everyone's and is kept whether listed or not.</param>
public sealed record UpdateUserRolesRequest(IReadOnlyList<string> Roles);

/// <summary>Locks an account: every sign-in ends at once and none is possible until the lock ends.</summary>
/// <param name="Until">When the lock ends by itself (in the future); null to lock until an administrator unlocks.</param>
/// <param name="Reason">Why, for the other administrators (1 to 500 characters).</param>
public sealed record LockUserRequest(DateTimeOffset? Until, string Reason);
