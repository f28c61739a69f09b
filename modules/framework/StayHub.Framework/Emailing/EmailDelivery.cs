namespace StayHub.Framework.Emailing;

/// <summary>
/// One email waiting for, or done with, delivery (table <c>email_deliveries</c> in the owning module's schema).
/// Written by <see cref="EmailOutboxExtensions.QueueEmail"/> in the same transaction as the change that causes it,
/// so a rolled-back change sends nothing and a committed one cannot lose its mail; sent by <see cref="EmailOutboxWorker"/>.
/// </summary>
public sealed class EmailDelivery
{
    public const int AddressMaxLength = 320;
    public const int SubjectMaxLength = 500;
    public const int KeyMaxLength = 200;
    public const int KindMaxLength = 100;

    private EmailDelivery()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Optional de-duplication key (unique): queueing the same key twice keeps the first row only.</summary>
    public string? Key { get; private set; }

    /// <summary>What kind of mail it is (a notification type, <c>account.confirm_email</c>…), for the admin list.</summary>
    public string Kind { get; private set; } = string.Empty;

    public string Recipient { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    /// <summary>Cleared once sent: bodies may carry one-time links (password reset) that must not outlive delivery.</summary>
    public string? HtmlBody { get; private set; }

    public string? TextBody { get; private set; }

    /// <summary>One of <see cref="EmailDeliveryStatuses"/>.</summary>
    public string Status { get; private set; } = EmailDeliveryStatuses.Pending;

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>When the worker may try it (again); null once sent or dead.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    internal static EmailDelivery Create(EmailMessage message, string kind, string? key, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Key = key,
        Kind = kind,
        Recipient = message.To,
        Subject = message.Subject,
        HtmlBody = message.HtmlBody,
        TextBody = message.TextBody,
        Status = EmailDeliveryStatuses.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    /// <summary>An operator asks for another try of a failed or dead delivery: due now, with a fresh set of attempts.</summary>
    /// <returns><c>false</c> when it is pending or sent (nothing to retry).</returns>
    public bool Retry(DateTimeOffset now)
    {
        if (Status is not (EmailDeliveryStatuses.Failed or EmailDeliveryStatuses.Dead))
        {
            return false;
        }

        Status = EmailDeliveryStatuses.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        return true;
    }
}
