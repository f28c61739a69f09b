using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace StayHub.Framework.Auditing;

/// <summary>
/// Records what each SaveChanges wrote into the current audit scope, but only once it is durable: a save outside an
/// explicit transaction counts when it succeeds; a save inside one is held until that transaction commits and
/// dropped if it rolls back, so a refused multi-step change never shows up as a change.
/// </summary>
public sealed class EntityChangeAuditInterceptor(IAuditScopeAccessor accessor) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<EntityChange>> pending = [];
    private readonly ConditionalWeakTable<DbTransaction, HeldChanges> held = [];

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
        Commit(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Commit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null || context is AuditDbContext || accessor.Current is null)
        {
            return;
        }

        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !e.Metadata.IsOwned())
            .Select(Describe)
            .ToList();
        pending.AddOrUpdate(context, changes);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(transaction);
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

    private void Commit(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var changes))
        {
            return;
        }

        pending.Remove(context);
        var scope = accessor.Current;
        if (scope is null || changes.Count == 0)
        {
            return;
        }

        // Inside an explicit transaction the save is not durable yet: hold it (with the scope it belongs to) until commit.
        if (context.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
        {
            held.GetValue(transaction, _ => new HeldChanges(scope)).Buffer.Add(changes);
        }
        else
        {
            scope.Add(changes);
        }
    }

    private void Release(DbTransaction transaction)
    {
        if (held.TryGetValue(transaction, out var changes))
        {
            held.Remove(transaction);
            changes.Target.Add(changes.Buffer.Changes);
        }
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }

    /// <summary>Changes saved in a transaction not yet committed, and the request scope they go to when it is.</summary>
    private sealed record HeldChanges(AuditScope Target)
    {
        public AuditScope Buffer { get; } = new();
    }

    private static EntityChange Describe(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        var id = entry.Entity is IAuditNamed named
            ? named.AuditName
            : key is null ? null : string.Join(",", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
        var properties = entry.State == EntityState.Modified
            // Identity's UpdateAsync marks every column modified; only values that really changed count.
            ? entry.Properties
                .Where(p => p.IsModified && !p.Metadata.GetValueComparer().Equals(p.OriginalValue, p.CurrentValue))
                .Select(p => p.Metadata.Name)
                .ToList()
            : [];
        // A table-per-hierarchy row (a booking or a host block) is named after its hierarchy's root (Stay): one table,
        // one name in the audit log, whichever subtype wrote it.
        return new EntityChange(entry.Metadata.GetRootType().ShortName(), id, entry.State.ToString(), properties);
    }
}
