namespace StayHub.Payments.Contracts;

/// <summary>Payment statuses (as in the API contract).</summary>
public static class PaymentStatuses
{
    /// <summary>Sent to the provider, no answer yet.</summary>
    public const string Processing = "processing";

    /// <summary>The guest must authenticate (3-D Secure); the client secret finishes it.</summary>
    public const string RequiresAction = "requires_action";

    /// <summary>Captured.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>Declined or abandoned; nothing was captured.</summary>
    public const string Failed = "failed";

    /// <summary>Captured, then refunded in part.</summary>
    public const string PartiallyRefunded = "partially_refunded";

    /// <summary>Captured, then refunded in full.</summary>
    public const string Refunded = "refunded";
}
