namespace StayHub.Payments.Domain;

/// <summary>What a ledger transaction records.</summary>
internal static class LedgerKinds
{
    public const string Charge = "charge";
    public const string Refund = "refund";
    public const string Fee = "fee";
    public const string Payout = "payout";
}
