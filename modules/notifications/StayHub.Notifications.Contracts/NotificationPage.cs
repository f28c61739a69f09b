namespace StayHub.Notifications.Contracts;

/// <summary>A page of one's notifications with the unread count.</summary>
/// <param name="Items">Newest first.</param>
/// <param name="NextCursor">Cursor of the next page, <c>null</c> on the last.</param>
/// <param name="UnreadCount">All of one's unread notifications, not only this page's.</param>
public sealed record NotificationPage(IReadOnlyList<NotificationDto> Items, string? NextCursor, long UnreadCount);
