namespace StayHub.Identity.Contracts;

/// <summary>Sign-up request.</summary>
/// <param name="Email">Sign-in email; unique.</param>
/// <param name="Password">Password meeting the password policy.</param>
/// <param name="DisplayName">Name shown to other users.</param>
public sealed record RegisterRequest(string Email, string Password, string DisplayName);
