namespace StayHub.Framework.Seeding;

/// <summary>Idempotent start-up data (roles, clients, default grants, demo data), run in ascending <see cref="Order"/> after migrations.</summary>
public interface IDataSeedContributor
{
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
