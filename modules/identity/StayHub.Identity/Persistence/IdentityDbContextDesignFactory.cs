using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using StayHub.Framework.DataProtection;
using StayHub.Framework.Persistence;

namespace StayHub.Identity.Persistence;

internal sealed class IdentityDbContextDesignFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<IdentityDbContext>(IdentityDbContext.SchemaName), new DesignTimePiiProtector());
}
