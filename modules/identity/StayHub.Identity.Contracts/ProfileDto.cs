namespace StayHub.Identity.Contracts;

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
