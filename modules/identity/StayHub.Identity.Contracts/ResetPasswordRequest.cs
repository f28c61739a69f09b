namespace StayHub.Identity.Contracts;

/// <summary>Sets a new password with the token from a password-reset email.</summary>
/// <param name="Email">The account's email.</param>
/// <param name="Token">The token from the email (single use, expires after an hour by default).</param>
/// <param name="NewPassword">The new password, meeting the password policy.</param>
public sealed record ResetPasswordRequest(string Email, string Token, string NewPassword);
