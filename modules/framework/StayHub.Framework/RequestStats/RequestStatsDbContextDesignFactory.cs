using Microsoft.EntityFrameworkCore.Design;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.RequestStats;

internal sealed class RequestStatsDbContextDesignFactory : IDesignTimeDbContextFactory<RequestStatsDbContext>
{
    public RequestStatsDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<RequestStatsDbContext>(RequestStatsDbContext.SchemaName));
}
