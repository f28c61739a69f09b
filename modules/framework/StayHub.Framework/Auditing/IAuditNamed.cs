namespace StayHub.Framework.Auditing;

/// <summary>
/// An entity whose surrogate key says nothing to a reader of the audit trail names itself instead: its
/// <see cref="AuditName"/> is the audit row's entity id (e.g. a permission grant's <c>role:guest:Reviews.Reviews.Moderate</c>).
/// It must not hold secrets or PII: audit rows keep no values for that reason.
/// </summary>
public interface IAuditNamed
{
    string AuditName { get; }
}
