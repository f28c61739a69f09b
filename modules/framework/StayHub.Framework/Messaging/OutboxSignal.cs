using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StayHub.Framework.Messaging;

/// <summary>Wakes this node's dispatcher when an outbox row was committed, instead of waiting for the next poll.</summary>
internal sealed class OutboxSignal : WakeUpSignal;

/// <summary>
/// Signals after a SaveChanges that added outbox rows, or, inside an explicit transaction, after its commit: a
/// dispatcher woken before the commit would not see the rows yet. This node's dispatcher is woken in memory, the
/// other nodes' through <see cref="OutboxPeerRinger"/>.
/// </summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal, OutboxPeerRinger peers) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Outbox rows only ever arrive through Set<OutboxMessage>().Add, which marks them Added at once, so there is
        // nothing for change detection to find: without switching it off, Entries() would run one more full
        // DetectChanges on every save (SaveChanges runs its own right after the interceptors).
        var tracker = context.ChangeTracker;
        var autoDetect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            if (tracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            {
                pending.AddOrUpdate(context, true);
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private void Saved(DbContext? context)
    {
        // Without an explicit transaction SaveChanges committed its own.
        if (context is not null && context.Database.CurrentTransaction is null && pending.Remove(context))
        {
            signal.Notify();
            peers.Ring();
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && pending.Remove(context))
        {
            signal.Notify();
            peers.Ring();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }
}
