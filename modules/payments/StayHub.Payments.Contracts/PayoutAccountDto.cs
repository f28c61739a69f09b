namespace StayHub.Payments.Contracts;

/// <summary>The host's payout account, masked: the full id is stored encrypted and never shown again.</summary>
/// <param name="AccountIdHint">Last four characters.</param>
/// <param name="Provider">Provider the account belongs to.</param>
/// <param name="UpdatedAt">When it was set.</param>
public sealed record PayoutAccountDto(string AccountIdHint, string Provider, DateTimeOffset UpdatedAt);
