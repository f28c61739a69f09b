namespace StayHub.Payments.Domain;

/// <summary>Why a refund happened.</summary>
internal static class RefundKinds
{
    /// <summary>The booking was cancelled; the amount follows its policy.</summary>
    public const string Cancellation = "cancellation";

    /// <summary>Captured for a booking that had already been paid or cancelled: returned in full.</summary>
    public const string Unhonoured = "unhonoured";

    /// <summary>An administrator refunded.</summary>
    public const string Admin = "admin";

    /// <summary>Refunded at the provider directly (dashboard); learnt from a webhook.</summary>
    public const string External = "external";
}
