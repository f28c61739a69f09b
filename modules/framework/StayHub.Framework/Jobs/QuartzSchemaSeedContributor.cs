using Npgsql;
using StayHub.Framework.Seeding;

namespace StayHub.Framework.Jobs;

/// <summary>Creates the <c>quartz</c> schema before the scheduler starts (seeders run under the startup lock).</summary>
internal sealed class QuartzSchemaSeedContributor(NpgsqlDataSource dataSource) : IDataSeedContributor
{
    public int Order => -1000;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"CREATE SCHEMA IF NOT EXISTS {JobsSetup.Schema}");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
