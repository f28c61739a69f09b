namespace StayHub.Notifications.Contracts;

/// <summary>How many notifications are unread.</summary>
/// <param name="UnreadCount">Count.</param>
public sealed record UnreadCountDto(long UnreadCount);
