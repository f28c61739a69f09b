using StayHub.Framework.Contracts.Events;

namespace StayHub.Reviews.Contracts;

/// <summary>
/// A listing's review aggregates changed (a guest review was published, hidden or unhidden, or the aggregates were
/// rebuilt). Carries the absolute totals, not a delta, so a consumer sets rather than adds; <paramref name="Sequence"/>
/// grows with every change of the listing, so a consumer keeps the highest it has seen and ignores older deliveries.
/// </summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="ReviewCount">Number of published, unhidden guest reviews.</param>
/// <param name="RatingSum">Sum of their overall ratings.</param>
/// <param name="AverageRating"><see cref="RatingAverage.Of"/> of the two, or <c>null</c> with no reviews.</param>
/// <param name="Sequence">Per-listing change counter, starting at 1.</param>
[IntegrationEventName("reviews.listing_rating_changed.v1")]
public sealed record ListingRatingChanged(Guid EventId, DateTimeOffset OccurredAt, Guid ListingId, int ReviewCount, long RatingSum, decimal? AverageRating, long Sequence) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"listing:{ListingId}";
}
