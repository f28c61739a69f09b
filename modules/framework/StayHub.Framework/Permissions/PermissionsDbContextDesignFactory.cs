using Microsoft.EntityFrameworkCore.Design;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Permissions;

internal sealed class PermissionsDbContextDesignFactory : IDesignTimeDbContextFactory<PermissionsDbContext>
{
    public PermissionsDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<PermissionsDbContext>(PermissionsDbContext.SchemaName));
}
