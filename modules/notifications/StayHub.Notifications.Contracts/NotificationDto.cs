namespace StayHub.Notifications.Contracts;

/// <summary>One in-app notification (also what the hub pushes as method <c>notification</c>).</summary>
/// <param name="Id">Notification id.</param>
/// <param name="Type">What happened, one of <see cref="NotificationTypes"/>.</param>
/// <param name="Title">Short title in the user's language.</param>
/// <param name="Body">One or two sentences in the user's language.</param>
/// <param name="Link">Where it leads in the app (the booking, the review), relative to the app's base URL.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="ReadAt">When it was marked read; <c>null</c> while unread.</param>
public sealed record NotificationDto(Guid Id, string Type, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
