using Microsoft.EntityFrameworkCore.Design;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Emailing;

internal sealed class EmailingDbContextDesignFactory : IDesignTimeDbContextFactory<EmailingDbContext>
{
    public EmailingDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<EmailingDbContext>(EmailingDbContext.SchemaName));
}
