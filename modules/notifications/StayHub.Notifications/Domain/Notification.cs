namespace StayHub.Notifications.Domain;

/// <summary>
/// One notification of one user on one channel, caused by one event: (event id, user, channel) is unique, so a
/// redelivered event or a re-run job can never notify twice. The email channel's row is the record that an email was
/// queued (its delivery row carries the sending state); in-app rows are what the user lists and marks read.
/// </summary>
internal sealed class Notification
{
    public const int TitleMaxLength = 300;
    public const int BodyMaxLength = 2000;
    public const int LinkMaxLength = 500;

    private Notification()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The integration event (or the job's deterministic id) that caused it.</summary>
    public Guid EventId { get; private set; }

    /// <summary>One of <see cref="NotificationChannels"/>.</summary>
    public string Channel { get; private set; } = string.Empty;

    public string Type { get; private set; } = string.Empty;

    public string Language { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public string? Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification Create(Guid userId, Guid eventId, string channel, string type, string language, string title, string body, string? link, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserId = userId,
        EventId = eventId,
        Channel = channel,
        Type = type,
        Language = language,
        Title = Cut(title, TitleMaxLength),
        Body = Cut(body, BodyMaxLength),
        Link = link,
        CreatedAt = now,
    };

    /// <summary>Marks it read; an already read notification keeps its first read time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}
