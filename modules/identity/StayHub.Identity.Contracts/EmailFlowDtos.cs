namespace StayHub.Identity.Contracts;

/// <summary>Asks for a password-reset email. The answer is the same whether or not the account exists.</summary>
/// <param name="Email">The account's email.</param>
public sealed record ForgotPasswordRequest(string Email);

/// <summary>Sets a new password with the token from a password-reset email.</summary>
/// <param name="Email">The account's email.</param>
/// <param name="Token">The token from the email (single use, expires after an hour by default).</param>
/// <param name="NewPassword">The new password, meeting the password policy.</param>
public sealed record ResetPasswordRequest(string Email, string Token, string NewPassword);

/// <summary>Confirms an account's email with the token from the confirmation email.</summary>
/// <param name="Email">The account's email.</param>
/// <param name="Token">The token from the email (single use, expires after two days by default).</param>
public sealed record ConfirmEmailRequest(string Email, string Token);

/// <summary>Asks for a new confirmation email. The answer is the same whether or not the account exists.</summary>
/// <param name="Email">The account's email.</param>
public sealed record ResendConfirmationRequest(string Email);
