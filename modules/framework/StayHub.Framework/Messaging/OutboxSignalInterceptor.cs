using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Messaging;

/// <summary>
/// Signals after a SaveChanges that added outbox rows, or, inside an explicit transaction, after its commit: a
/// dispatcher woken before the commit would not see the rows yet. This node's dispatcher is woken in memory, the
/// other nodes' through <see cref="OutboxPeerRinger"/>.
/// </summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal, OutboxPeerRinger peers) : DurableSaveInterceptor<object>
{
    private static readonly object OutboxRowsAdded = new();

    protected override object? Capture(DbContext context)
    {
        // Outbox rows only ever arrive through Set<OutboxMessage>().Add, which marks them Added at once, so there is
        // nothing for change detection to find: without switching it off, Entries() would run one more full
        // DetectChanges on every save (SaveChanges runs its own right after the interceptors).
        var tracker = context.ChangeTracker;
        var autoDetect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return tracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) ? OutboxRowsAdded : null;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    protected override void OnDurable(IReadOnlyList<object> captures)
    {
        signal.Notify();
        peers.Ring();
    }
}
