using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace StayHub.Framework.Persistence;

/// <summary>
/// The skeleton of an interceptor that acts on what a SaveChanges wrote only once it is durable: it captures the
/// save before it runs, and hands the capture to <see cref="OnDurable"/> after a save outside an explicit
/// transaction succeeds, or, inside one, after that transaction commits (a rollback, a failed save or a failed
/// commit drops it). Acting before the commit could announce or record a change that is then rolled back.
/// </summary>
/// <typeparam name="TCapture">What one save captured.</typeparam>
public abstract class DurableSaveInterceptor<TCapture> : SaveChangesInterceptor, IDbTransactionInterceptor
    where TCapture : class
{
    private readonly ConditionalWeakTable<DbContext, TCapture> saving = [];
    private readonly ConditionalWeakTable<DbTransaction, List<TCapture>> held = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
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

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => held.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        held.Remove(transaction);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => held.Remove(transaction);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        held.Remove(transaction);
        return Task.CompletedTask;
    }

    /// <summary>What the coming save of <paramref name="context"/> writes that matters here, or <c>null</c> for nothing.</summary>
    protected abstract TCapture? Capture(DbContext context);

    /// <summary>Acts on the captures of saves now durable (one, or all saved in a committed transaction, in order).</summary>
    protected abstract void OnDurable(IReadOnlyList<TCapture> captures);

    private void Saving(DbContext? context)
    {
        if (context is not null && Capture(context) is { } capture)
        {
            saving.AddOrUpdate(context, capture);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !saving.TryGetValue(context, out var capture))
        {
            return;
        }

        saving.Remove(context);
        if (context.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
        {
            held.GetValue(transaction, _ => []).Add(capture);
        }
        else
        {
            OnDurable([capture]);
        }
    }

    private void Committed(DbTransaction transaction)
    {
        if (held.TryGetValue(transaction, out var captures))
        {
            held.Remove(transaction);
            OnDurable(captures);
        }
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            saving.Remove(context);
        }
    }
}
