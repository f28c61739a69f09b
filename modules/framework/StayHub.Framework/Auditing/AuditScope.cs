namespace StayHub.Framework.Auditing;

/// <summary>Collects the entity changes saved during one request, for its audit log row.</summary>
public sealed class AuditScope
{
    private readonly List<EntityChange> changes = [];
    private readonly Lock gate = new();

    public IReadOnlyList<EntityChange> Changes
    {
        get
        {
            lock (gate)
            {
                return [.. changes];
            }
        }
    }

    internal void Add(IEnumerable<EntityChange> saved)
    {
        lock (gate)
        {
            changes.AddRange(saved);
        }
    }
}

/// <summary>Where the request pipeline keeps the current request's scope (null outside audited requests).</summary>
public interface IAuditScopeAccessor
{
    AuditScope? Current { get; set; }
}

internal sealed class AsyncLocalAuditScopeAccessor : IAuditScopeAccessor
{
    private static readonly AsyncLocal<AuditScope?> Scope = new();

    public AuditScope? Current
    {
        get => Scope.Value;
        set => Scope.Value = value;
    }
}
