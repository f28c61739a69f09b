using StayHub.Framework.Contracts.Application;

namespace StayHub.Notifications.Contracts;

/// <summary>The signed-in user's in-app notifications: list, unread count, mark read. Only one's own are ever seen.</summary>
[ApplicationService("api/notifications", Tag = "Notifications")]
public interface INotificationAppService : IApplicationService
{
    /// <summary>One's notifications, newest first, with the unread count; <c>unreadOnly</c> leaves out read ones.</summary>
    /// <param name="query">Filter and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("")]
    Task<NotificationPage> ListNotificationsAsync(NotificationListQuery query, CancellationToken cancellationToken);

    /// <summary>How many of one's notifications are unread.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("unread-count")]
    Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken cancellationToken);

    /// <summary>Marks one of one's notifications read (again: no change); someone else's or an unknown id is 404.</summary>
    /// <param name="id">Notification id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("{id}/read")]
    [ProducesErrors(404)]
    Task MarkNotificationReadAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Marks every one of one's unread notifications read.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("read-all")]
    Task MarkAllNotificationsReadAsync(CancellationToken cancellationToken);
}
