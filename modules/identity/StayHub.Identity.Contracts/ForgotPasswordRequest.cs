namespace StayHub.Identity.Contracts;

/// <summary>Asks for a password-reset email. The answer is the same whether or not the account exists.</summary>
/// <param name="Email">The account's email.</param>
public sealed record ForgotPasswordRequest(string Email);
