namespace StayHub.Payments.Contracts;

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
