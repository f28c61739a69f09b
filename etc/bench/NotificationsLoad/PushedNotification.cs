namespace NotificationsLoad;

/// <summary>The part of the hub's NotificationDto the benchmark reads: the link names the booking of the event.</summary>
internal sealed record PushedNotification(Guid Id, string Type, string? Link);
