namespace StayHub.Notifications.Contracts;

/// <summary>The live-push contract: where clients connect and what they receive.</summary>
public static class NotificationHubContract
{
    /// <summary>SignalR hub path; authenticate with the access token (<c>access_token</c> query parameter for WebSockets).</summary>
    public const string Path = "/hubs/notifications";

    /// <summary>Client method invoked with a <see cref="NotificationDto"/> for each new in-app notification.</summary>
    public const string NotificationMethod = "notification";
}
