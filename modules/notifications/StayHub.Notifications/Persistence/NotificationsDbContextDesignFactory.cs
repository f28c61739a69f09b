using Microsoft.EntityFrameworkCore.Design;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;

namespace StayHub.Notifications.Persistence;

internal sealed class NotificationsDbContextDesignFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<NotificationsDbContext>(NotificationsDbContext.SchemaName));
}
