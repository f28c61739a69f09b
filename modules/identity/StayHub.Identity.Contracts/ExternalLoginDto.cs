namespace StayHub.Identity.Contracts;

/// <summary>An external sign-in linked to an account.</summary>
/// <param name="Provider">google or facebook.</param>
/// <param name="ProviderKey">The account's id at the provider.</param>
public sealed record ExternalLoginDto(string Provider, string ProviderKey);
