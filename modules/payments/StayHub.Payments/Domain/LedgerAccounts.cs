namespace StayHub.Payments.Domain;

/// <summary>Ledger accounts. <c>guests</c> is the outside world paying in and getting refunds back.</summary>
internal static class LedgerAccounts
{
    /// <summary>Counterparty of charges and refunds: balance = −(charges − refunds).</summary>
    public const string Guests = "guests";

    /// <summary>Money held for a booking until it is settled (paid out, kept as fees, or refunded).</summary>
    public const string Escrow = "escrow";

    /// <summary>Money sent to hosts.</summary>
    public const string HostPayouts = "host_payouts";

    /// <summary>The platform's revenue: service and host fees (less refunds it absorbed after payout).</summary>
    public const string Platform = "platform";
}
