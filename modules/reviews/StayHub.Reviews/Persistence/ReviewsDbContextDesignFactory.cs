using Microsoft.EntityFrameworkCore.Design;
using StayHub.Framework.Persistence;

namespace StayHub.Reviews.Persistence;

internal sealed class ReviewsDbContextDesignFactory : IDesignTimeDbContextFactory<ReviewsDbContext>
{
    public ReviewsDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<ReviewsDbContext>(ReviewsDbContext.SchemaName));
}
