namespace StayHub.Identity.Contracts;

/// <summary>Sign-up request.</summary>
/// <param name="Email">Sign-in email; unique.</param>
/// <param name="Password">Password meeting the password policy.</param>
/// <param name="DisplayName">Name shown to other users.</param>
public sealed record RegisterRequest(string Email, string Password, string DisplayName);

/// <summary>The signed-in user's own profile.</summary>
/// <param name="Id">User id.</param>
/// <param name="Email">Sign-in email.</param>
/// <param name="DisplayName">Name shown to other users.</param>
/// <param name="Bio">Free text about the user.</param>
/// <param name="PhoneNumber">Contact phone number.</param>
/// <param name="PhotoUrl">Profile photo URL, if any.</param>
/// <param name="Roles">Roles held (guest, host, admin).</param>
public sealed record ProfileDto(
    Guid Id,
    string Email,
    string DisplayName,
    string? Bio,
    string? PhoneNumber,
    string? PhotoUrl,
    IReadOnlyList<string> Roles);

/// <summary>
/// Profile edit. Only these fields are writable: email, roles and ids are not, whatever the body holds.
/// </summary>
/// <param name="DisplayName">Name shown to other users.</param>
/// <param name="Bio">Free text about the user.</param>
/// <param name="PhoneNumber">Contact phone number in E.164 form (+14155550123).</param>
public sealed record UpdateProfileRequest(string DisplayName, string? Bio, string? PhoneNumber);

/// <summary>A user as admins see them in lists.</summary>
/// <param name="Id">User id.</param>
/// <param name="Email">Sign-in email.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Roles">Roles held.</param>
/// <param name="LockedOut">Whether the account is currently locked.</param>
/// <param name="CreatedAt">When the account was created.</param>
public sealed record UserSummaryDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut, DateTimeOffset CreatedAt);

/// <summary>Admin user list query.</summary>
/// <param name="Q">Matches email or display name (case-insensitive, contains).</param>
/// <param name="Role">Only users holding this role.</param>
/// <param name="PageSize">Items per page, 1 to 100 (default 20).</param>
/// <param name="Cursor">Opaque cursor from the previous page.</param>
/// <param name="Locked">true: only accounts locked now; false: only accounts not locked.</param>
public sealed record UserListQuery(string? Q, string? Role, int? PageSize, string? Cursor, bool? Locked = null);
