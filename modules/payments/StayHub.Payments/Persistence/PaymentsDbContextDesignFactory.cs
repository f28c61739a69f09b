using Microsoft.EntityFrameworkCore.Design;
using StayHub.Framework.Contracts.Events;
using StayHub.Framework.DataProtection;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;
using StayHub.Payments.Domain;

namespace StayHub.Payments.Persistence;

internal sealed class PaymentsDbContextDesignFactory : IDesignTimeDbContextFactory<PaymentsDbContext>
{
    public PaymentsDbContext CreateDbContext(string[] args) =>
        new(PersistenceExtensions.DesignTimeOptions<PaymentsDbContext>(PaymentsDbContext.SchemaName), new DesignTimePiiProtector());
}
