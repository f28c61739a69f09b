namespace StayHub.Payments.Contracts;

/// <summary>Host payout statuses.</summary>
public static class PayoutStatuses
{
    /// <summary>Waiting for its release time (or for the host's payout account).</summary>
    public const string Scheduled = "scheduled";

    /// <summary>Sent to the host's account.</summary>
    public const string Paid = "paid";

    /// <summary>The provider refused or reversed the transfer.</summary>
    public const string Failed = "failed";

    /// <summary>Nothing is owed any more (the booking was cancelled and refunded before release).</summary>
    public const string Cancelled = "cancelled";
}
