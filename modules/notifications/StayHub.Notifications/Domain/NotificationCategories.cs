namespace StayHub.Notifications.Domain;

/// <summary>
/// Which preference switch governs a notification. <see cref="Receipts"/> (payments, refunds, payouts) are always
/// sent on both channels: a receipt or a failed payment is something a person must hear about whatever their settings.
/// </summary>
internal static class NotificationCategories
{
    public const string Bookings = "bookings";
    public const string Reviews = "reviews";
    public const string Receipts = "receipts";
}
