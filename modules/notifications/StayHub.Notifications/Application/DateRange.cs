namespace StayHub.Notifications.Application;

/// <summary>A stay's dates, check-in to check-out.</summary>
internal sealed record DateRange(DateOnly From, DateOnly To);
