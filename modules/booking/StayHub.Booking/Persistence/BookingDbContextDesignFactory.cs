using Microsoft.EntityFrameworkCore.Design;
using StayHub.Framework.Contracts.Events;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;

namespace StayHub.Booking.Persistence;

internal sealed class BookingDbContextDesignFactory : IDesignTimeDbContextFactory<BookingDbContext>
{
    public BookingDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<BookingDbContext>(BookingDbContext.SchemaName));
}
