namespace StayHub.Host.Tests.Admin.Stats;

[CollectionDefinition(Name)]
public sealed class StatsCollection : ICollectionFixture<StatsFixture>
{
    public const string Name = "admin-stats";
}
