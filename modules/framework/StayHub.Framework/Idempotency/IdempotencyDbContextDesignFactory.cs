using Microsoft.EntityFrameworkCore.Design;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Idempotency;

internal sealed class IdempotencyDbContextDesignFactory : IDesignTimeDbContextFactory<IdempotencyDbContext>
{
    public IdempotencyDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<IdempotencyDbContext>(IdempotencyDbContext.SchemaName));
}
