using Microsoft.EntityFrameworkCore.Design;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Auditing;

internal sealed class AuditDbContextDesignFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<AuditDbContext>(AuditDbContext.SchemaName));
}
