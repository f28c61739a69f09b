using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;

namespace StayHub.Listings.Persistence;

internal sealed class ListingsDbContextDesignFactory : IDesignTimeDbContextFactory<ListingsDbContext>
{
    public ListingsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ListingsDbContext>(PersistenceExtensions.DesignTimeOptions<ListingsDbContext>(ListingsDbContext.SchemaName));
        ListingsDbContext.UseNetTopologySuite(options);
        return new ListingsDbContext(options.Options);
    }
}
