using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using StayHub.Booking.Contracts;
using StayHub.Framework.Messaging;
using StayHub.Listings.Domain;
using StayHub.Listings.Persistence;

namespace StayHub.Listings.Application.Projection;

/// <summary>
/// Keeps search's <c>unavailability</c> copy of booking's holds. The dispatcher saves and commits with the inbox
/// row, so the handlers only stage changes. Upsert/delete by stay id makes redelivery and reordering harmless
/// except a release overtaken by its reserve, which booking's outbox order (by id) rules out.
/// </summary>
internal sealed class StayReservedHandler(ListingsDbContext db) : IIntegrationEventHandler<StayReserved>
{
    public async Task HandleAsync(StayReserved integrationEvent, CancellationToken cancellationToken)
    {
        var period = new NpgsqlRange<DateOnly>(integrationEvent.From, true, integrationEvent.To, false);
        var row = await db.Unavailability.FirstOrDefaultAsync(u => u.StayId == integrationEvent.StayId, cancellationToken);
        if (row is null)
        {
            db.Unavailability.Add(new Unavailability(integrationEvent.StayId, integrationEvent.ListingId, period));
        }
        else
        {
            row.ListingId = integrationEvent.ListingId;
            row.Period = period;
        }
    }
}
