namespace StayHub.Notifications.Domain;

internal static class NotificationChannels
{
    public const string InApp = "in_app";
    public const string Email = "email";
}
