namespace StayHub.Payments.Contracts;

/// <summary>Body of <c>PUT /api/host/payout-account</c>.</summary>
/// <param name="AccountId">The host's connected account id at the provider (Stripe: <c>acct_…</c>).</param>
public sealed record PayoutAccountRequest(string? AccountId);
