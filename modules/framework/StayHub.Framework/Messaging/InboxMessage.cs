namespace StayHub.Framework.Messaging;

/// <summary>
/// Marks an integration event as handled by one handler (table <c>inbox_messages</c> in the consuming module's
/// schema, primary key (event_id, handler)). Inserted in the same transaction as the handler's effect, so a
/// redelivered event finds the row and is skipped.
/// </summary>
public sealed class InboxMessage
{
    public Guid EventId { get; private set; }

    /// <summary>The handler's stable name (its type's full name).</summary>
    public string Handler { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public DateTimeOffset ProcessedAt { get; private set; }
}
