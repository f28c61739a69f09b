namespace StayHub.Framework.Auditing;

internal sealed class AsyncLocalAuditScopeAccessor : IAuditScopeAccessor
{
    private static readonly AsyncLocal<AuditScope?> Scope = new();

    public AuditScope? Current
    {
        get => Scope.Value;
        set => Scope.Value = value;
    }
}
