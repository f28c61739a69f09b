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
