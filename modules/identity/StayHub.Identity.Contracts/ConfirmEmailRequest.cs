namespace StayHub.Identity.Contracts;

/// <summary>Confirms an account's email with the token from the confirmation email.</summary>
/// <param name="Email">The account's email.</param>
/// <param name="Token">The token from the email (single use, expires after two days by default).</param>
public sealed record ConfirmEmailRequest(string Email, string Token);
