using Microsoft.AspNetCore.SignalR;
using StayHub.Notifications.Application.Push;
using StayHub.Notifications.Contracts;

namespace StayHub.Notifications.Http;

/// <summary>Sends to the user's group; the Redis backplane carries it to the nodes where their connections are.</summary>
internal sealed class SignalRNotificationPusher(IHubContext<NotificationHub> hub) : INotificationPusher
{
    public Task PushAsync(Guid userId, NotificationDto notification, CancellationToken cancellationToken) =>
        hub.Clients.Group(NotificationHub.GroupOf(userId)).SendAsync(NotificationHubContract.NotificationMethod, notification, cancellationToken);
}
