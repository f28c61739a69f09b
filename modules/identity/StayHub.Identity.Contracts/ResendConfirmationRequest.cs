namespace StayHub.Identity.Contracts;

/// <summary>Asks for a new confirmation email. The answer is the same whether or not the account exists.</summary>
/// <param name="Email">The account's email.</param>
public sealed record ResendConfirmationRequest(string Email);
