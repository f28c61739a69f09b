using Microsoft.EntityFrameworkCore.Design;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.DataProtection;

internal sealed class DataProtectionKeysDbContextDesignFactory : IDesignTimeDbContextFactory<DataProtectionKeysDbContext>
{
    public DataProtectionKeysDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<DataProtectionKeysDbContext>(DataProtectionKeysDbContext.SchemaName));
}
