namespace StayHub.Notifications.Contracts;

/// <summary>Filter and paging of one's notifications.</summary>
/// <param name="UnreadOnly">Only unread ones.</param>
/// <param name="PageSize">1 to 100, default 20.</param>
/// <param name="Cursor">From a previous page's <c>nextCursor</c>.</param>
public sealed record NotificationListQuery(bool? UnreadOnly = null, int? PageSize = null, string? Cursor = null);
