namespace StayHub.Framework.Auditing;

/// <summary>Where the request pipeline keeps the current request's scope (null outside audited requests).</summary>
public interface IAuditScopeAccessor
{
    AuditScope? Current { get; set; }
}
