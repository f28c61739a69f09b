using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Auditing;

/// <summary>
/// Records what each SaveChanges wrote into the current audit scope, but only once it is durable: a save outside an
/// explicit transaction counts when it succeeds; a save inside one is held until that transaction commits and
/// dropped if it rolls back, so a refused multi-step change never shows up as a change.
/// </summary>
public sealed class EntityChangeAuditInterceptor(IAuditScopeAccessor accessor) : DurableSaveInterceptor<AuditedSave>
{
    protected override AuditedSave? Capture(DbContext context)
    {
        if (context is AuditDbContext || accessor.Current is not { } scope)
        {
            return null;
        }

        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !e.Metadata.IsOwned())
            .Select(Describe)
            .ToList();
        return changes.Count > 0 ? new AuditedSave(scope, changes) : null;
    }

    protected override void OnDurable(IReadOnlyList<AuditedSave> captures)
    {
        foreach (var saved in captures)
        {
            saved.Target.Add(saved.Changes);
        }
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
