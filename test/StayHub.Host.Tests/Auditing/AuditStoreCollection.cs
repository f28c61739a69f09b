namespace StayHub.Host.Tests.Auditing;

[CollectionDefinition(Name)]
public sealed class AuditStoreCollection : ICollectionFixture<AuditStoreFixture>
{
    public const string Name = "audit-store";
}
