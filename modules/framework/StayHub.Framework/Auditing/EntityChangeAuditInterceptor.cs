using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StayHub.Framework.Auditing;

/// <summary>
/// Records what each SaveChanges wrote into the current audit scope, but only once the save succeeded,
/// so a rolled-back attempt never shows up as a change.
/// </summary>
public sealed class EntityChangeAuditInterceptor(IAuditScopeAccessor accessor) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<EntityChange>> pending = [];

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

    private void Commit(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var changes))
        {
            pending.Remove(context);
            accessor.Current?.Add(changes);
        }
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }

    private static EntityChange Describe(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        var id = key is null ? null : string.Join(",", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
        var properties = entry.State == EntityState.Modified
            // Identity's UpdateAsync marks every column modified; only values that really changed count.
            ? entry.Properties
                .Where(p => p.IsModified && !p.Metadata.GetValueComparer().Equals(p.OriginalValue, p.CurrentValue))
                .Select(p => p.Metadata.Name)
                .ToList()
            : [];
        return new EntityChange(entry.Metadata.ShortName(), id, entry.State.ToString(), properties);
    }
}
