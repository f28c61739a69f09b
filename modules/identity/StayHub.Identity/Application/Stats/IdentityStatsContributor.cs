using Npgsql;
using StayHub.Framework.Admin;
using StayHub.Framework.Contracts.Admin;
using StayHub.Identity.Persistence;

namespace StayHub.Identity.Application.Stats;

/// <summary>Identity's dashboard figure from its own users table: accounts created in the window.</summary>
internal sealed class IdentityStatsContributor(NpgsqlDataSource dataSource) : IAdminStatsContributor
{
    public async Task<AdminStatsContribution> ContributeAsync(AdminStatsWindow window, CancellationToken cancellationToken)
    {
        var newUsers = await StatsSql.CountSeriesAsync(
            dataSource, $"{IdentityDbContext.SchemaName}.users", "created_at", null, window, "users.new", "New users", cancellationToken);
        return new AdminStatsContribution([StatsSql.Total(newUsers)], [], [newUsers]);
    }
}
