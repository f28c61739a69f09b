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

/// <summary>Permission names of the payments module.</summary>
public static class PaymentPermissions
{
    /// <summary>See every payment and refund any of them (admins).</summary>
    public const string PaymentsManage = "Payments.Payments.Manage";

    /// <summary>See one's own payouts and set one's payout account (hosts).</summary>
    public const string PayoutsManageOwn = "Payments.Payouts.ManageOwn";
}

/// <summary>Stable error codes of the payments module.</summary>
public static class PaymentErrorCodes
{
    /// <summary>The card was declined.</summary>
    public const string CardDeclined = "payment.card_declined";

    /// <summary>The payment method id is unknown to the provider.</summary>
    public const string InvalidPaymentMethod = "payment.invalid_payment_method";

    /// <summary>The booking is already paid.</summary>
    public const string AlreadyPaid = "payment.already_paid";

    /// <summary>Another payment for this booking is being processed.</summary>
    public const string InProgress = "payment.in_progress";

    /// <summary>The booking is not pending, so it cannot be paid.</summary>
    public const string BookingNotPayable = "payment.booking_not_payable";

    /// <summary>The provider could not be reached or failed; nothing was recorded as paid.</summary>
    public const string ProviderUnavailable = "payment.provider_unavailable";

    /// <summary>Refunding this much would exceed what was captured.</summary>
    public const string RefundExceedsCaptured = "payment.refund_exceeds_captured";

    /// <summary>Only captured payments can be refunded.</summary>
    public const string NotRefundable = "payment.not_refundable";

    /// <summary>The payment is not waiting for the guest to authenticate.</summary>
    public const string NotAwaitingAction = "payment.not_awaiting_action";

    /// <summary>The webhook's signature or timestamp is not valid.</summary>
    public const string InvalidSignature = "payment.invalid_signature";
}
