using StayHub.Notifications.Contracts;

namespace StayHub.Notifications.Application.Push;

/// <summary>Pushes a committed in-app notification to its user's live connections (SignalR in the Http layer).</summary>
internal interface INotificationPusher
{
    Task PushAsync(Guid userId, NotificationDto notification, CancellationToken cancellationToken);
}
