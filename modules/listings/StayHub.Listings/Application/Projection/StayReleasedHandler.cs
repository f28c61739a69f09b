using Microsoft.EntityFrameworkCore;
using StayHub.Booking.Contracts;
using StayHub.Framework.Messaging;
using StayHub.Listings.Persistence;

namespace StayHub.Listings.Application.Projection;

internal sealed class StayReleasedHandler(ListingsDbContext db) : IIntegrationEventHandler<StayReleased>
{
    public async Task HandleAsync(StayReleased integrationEvent, CancellationToken cancellationToken)
    {
        var row = await db.Unavailability.FirstOrDefaultAsync(u => u.StayId == integrationEvent.StayId, cancellationToken);
        if (row is not null)
        {
            db.Unavailability.Remove(row);
        }
    }
}
