using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Messaging;
using StayHub.Listings.Persistence;
using StayHub.Reviews.Contracts;

namespace StayHub.Listings.Application.Ratings;

/// <summary>
/// Copies the reviews module's totals onto the listing, so search sorts by rating within its own schema. The event
/// carries absolute totals and a per-listing sequence: a redelivered or overtaken event changes nothing. The cached
/// listing detail is evicted once the dispatcher has committed (see <see cref="ListingEvictionInterceptor"/>).
/// </summary>
internal sealed class ListingRatingChangedHandler(ListingsDbContext db) : IIntegrationEventHandler<ListingRatingChanged>
{
    public async Task HandleAsync(ListingRatingChanged integrationEvent, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.SingleOrDefaultAsync(l => l.Id == integrationEvent.ListingId, cancellationToken);
        // Recomputed here from the integer totals (not taken from the event's average), the one rounding rule.
        if (listing is not null
            && listing.ApplyRating(RatingAverage.Of(integrationEvent.RatingSum, integrationEvent.ReviewCount), integrationEvent.ReviewCount, integrationEvent.Sequence))
        {
            db.EvictAfterCommit(listing.Id);
        }
    }
}
