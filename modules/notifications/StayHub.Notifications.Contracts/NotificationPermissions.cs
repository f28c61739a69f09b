namespace StayHub.Notifications.Contracts;

/// <summary>Permission names of the notifications module.</summary>
public static class NotificationPermissions
{
    /// <summary>See every notification email delivery and retry failed ones (admins).</summary>
    public const string DeliveriesManage = "Notifications.Deliveries.Manage";
}
