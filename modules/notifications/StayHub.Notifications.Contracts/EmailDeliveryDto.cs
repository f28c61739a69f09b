namespace StayHub.Notifications.Contracts;

/// <summary>One notification email and where its delivery stands. Bodies are never shown (they are cleared once sent).</summary>
/// <param name="Id">Delivery id.</param>
/// <param name="Kind">The notification type it carries.</param>
/// <param name="Recipient">Address it goes to.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="Status"><c>pending</c>, <c>sent</c>, <c>failed</c> (will be retried) or <c>dead</c> (given up).</param>
/// <param name="Attempts">SMTP attempts so far.</param>
/// <param name="LastError">The last failure, if any.</param>
/// <param name="NextAttemptAt">When it will be tried next (pending or failed).</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="SentAt">When the SMTP server accepted it.</param>
public sealed record EmailDeliveryDto(
    Guid Id,
    string Kind,
    string Recipient,
    string Subject,
    string Status,
    int Attempts,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);
