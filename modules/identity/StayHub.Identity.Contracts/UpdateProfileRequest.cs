namespace StayHub.Identity.Contracts;

/// <summary>
/// Profile edit. Only these fields are writable: email, roles and ids are not, whatever the body holds.
/// </summary>
/// <param name="DisplayName">Name shown to other users.</param>
/// <param name="Bio">Free text about the user.</param>
/// <param name="PhoneNumber">Contact phone number in E.164 form (+14155550123).</param>
public sealed record UpdateProfileRequest(string DisplayName, string? Bio, string? PhoneNumber);
