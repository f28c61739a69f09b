using Npgsql;
using StayHub.Framework.Contracts.Admin;
using StayHub.Listings.Persistence;

namespace StayHub.Listings.Application.Stats;

/// <summary>Listings' dashboard figure from its own table: listings guests can find now (published, not deleted).</summary>
internal sealed class ListingStatsContributor(NpgsqlDataSource dataSource) : IAdminStatsContributor
{
    private const string CountActive = $"SELECT count(*) FROM {ListingsDbContext.SchemaName}.listings WHERE {ListingsDbContext.VisibleFilter}";

    public async Task<AdminStatsContribution> ContributeAsync(AdminStatsWindow window, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CountActive);
        var active = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return new AdminStatsContribution([new StatCounterDto("listings.active", "Active listings (now)", active)], [], []);
    }
}
