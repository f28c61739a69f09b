namespace StayHub.Framework.Messaging;

/// <summary>Configuration section <c>Messaging</c>.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>How often the dispatcher looks for due messages when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Delivery attempts before a message is dead-lettered (<c>failed_at</c> set).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Messages claimed per transaction.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// Ordering keys of one claimed batch delivered at the same time (<see cref="StayHub.Framework.Contracts.Events.IOrderedIntegrationEvent"/>);
    /// each takes a database connection while its handler runs. 1 delivers the batch one event at a time.
    /// </summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>Wait before the first retry; doubled on each further failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the retry wait.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether this node runs the background dispatcher (explicit <see cref="IOutboxDispatcher"/> calls work either way).</summary>
    public bool Enabled { get; set; } = true;
}
