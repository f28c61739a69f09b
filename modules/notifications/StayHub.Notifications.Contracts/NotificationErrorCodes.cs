namespace StayHub.Notifications.Contracts;

/// <summary>Stable error codes of the notifications module.</summary>
public static class NotificationErrorCodes
{
    /// <summary>Only failed or dead deliveries can be retried.</summary>
    public const string DeliveryNotRetryable = "notification.delivery_not_retryable";
}
