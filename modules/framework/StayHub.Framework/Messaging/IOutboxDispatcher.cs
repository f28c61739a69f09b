namespace StayHub.Framework.Messaging;

/// <summary>Delivers the outboxes registered with <c>AddOutbox&lt;TContext&gt;()</c>.</summary>
public interface IOutboxDispatcher
{
    /// <summary>
    /// Drains every outbox once, now: claims due messages batch by batch (rows other nodes hold are skipped) and
    /// delivers each to its handlers. Returns the number of messages completed (processed or dead-lettered).
    /// The background dispatcher calls this on every poll; tests and jobs may call it to avoid waiting.
    /// </summary>
    Task<int> DispatchPendingAsync(CancellationToken cancellationToken);
}
