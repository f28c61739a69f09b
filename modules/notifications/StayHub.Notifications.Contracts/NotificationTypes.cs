namespace StayHub.Notifications.Contracts;

/// <summary>What a notification is about (its <c>type</c>).</summary>
public static class NotificationTypes
{
    /// <summary>To the host: a guest asked to book.</summary>
    public const string BookingRequested = "booking.requested";

    /// <summary>To the guest: the host approved the request.</summary>
    public const string BookingApproved = "booking.approved";

    /// <summary>To the guest: the host declined the request.</summary>
    public const string BookingDeclined = "booking.declined";

    /// <summary>To the guest and the host: the booking is confirmed.</summary>
    public const string BookingConfirmed = "booking.confirmed";

    /// <summary>To the guest and the host: the booking was cancelled (who, and the refund).</summary>
    public const string BookingCancelled = "booking.cancelled";

    /// <summary>To the guest: the booking expired unpaid or unanswered.</summary>
    public const string BookingExpired = "booking.expired";

    /// <summary>To the guest and the host: the stay is over; leave a review.</summary>
    public const string BookingCompleted = "booking.completed";

    /// <summary>To the guest: check-in is within 24 hours.</summary>
    public const string CheckInReminder = "booking.check_in_reminder";

    /// <summary>To the guest: payment received (a receipt: always sent).</summary>
    public const string PaymentSucceeded = "payment.succeeded";

    /// <summary>To the guest: the payment failed (always sent).</summary>
    public const string PaymentFailed = "payment.failed";

    /// <summary>To the guest: money was refunded (always sent).</summary>
    public const string RefundIssued = "payment.refund_issued";

    /// <summary>To the host: a payout was sent.</summary>
    public const string PayoutSent = "payout.sent";

    /// <summary>To the host: a payout failed.</summary>
    public const string PayoutFailed = "payout.failed";

    /// <summary>To the other side of the stay: a review of them was published (after both reviewed, or the window closed).</summary>
    public const string ReviewReceived = "review.received";

    /// <summary>To the guest who wrote a review: the host replied to it.</summary>
    public const string ReviewReplyReceived = "review.reply_received";
}
