using StayHub.Notifications.Contracts;

namespace StayHub.Notifications.Application.Push;

/// <summary>Without the Http layer (a worker host) nobody is connected: nothing to push.</summary>
internal sealed class NullNotificationPusher : INotificationPusher
{
    public Task PushAsync(Guid userId, NotificationDto notification, CancellationToken cancellationToken) => Task.CompletedTask;
}
