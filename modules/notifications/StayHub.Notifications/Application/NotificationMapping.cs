using StayHub.Notifications.Contracts;
using StayHub.Notifications.Domain;

namespace StayHub.Notifications.Application;

internal static class NotificationMapping
{
    public static NotificationDto ToDto(this Notification n) => new(n.Id, n.Type, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt);
}
