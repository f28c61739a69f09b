namespace StayHub.AdminConsole.Tests;

/// <summary>One host and one browser for every console test: each costs seconds to start.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleHostFixture>
{
    public const string Name = "admin-console";
}
