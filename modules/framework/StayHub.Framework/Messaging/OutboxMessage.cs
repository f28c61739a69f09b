namespace StayHub.Framework.Messaging;

/// <summary>
/// One integration event waiting in a module's outbox (table <c>outbox_messages</c> in the module's schema).
/// Written by <see cref="OutboxDbContextExtensions.AddIntegrationEvent"/> in the same transaction as the change
/// it announces; delivered and marked by the outbox dispatcher.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Insertion order: the dispatcher delivers in id order.</summary>
    public long Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The stable name from <c>[IntegrationEventName]</c>.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>The event as System.Text.Json (jsonb).</summary>
    public string Payload { get; private set; } = null!;

    public DateTimeOffset OccurredAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    /// <summary>Set when the message was dead-lettered (too many attempts, unknown name); it is never retried.</summary>
    public DateTimeOffset? FailedAt { get; private set; }

    internal static OutboxMessage Create(Guid eventId, string name, string payload, DateTimeOffset occurredAt) => new()
    {
        EventId = eventId,
        Name = name,
        Payload = payload,
        OccurredAt = occurredAt,
    };
}
