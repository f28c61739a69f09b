using StayHub.Reviews.Application.Aggregates;
using StayHub.Reviews.Domain;

namespace StayHub.Reviews.Application.Reviews;

/// <summary>Ends the double-blind period of reviews: they become visible, and a guest's review joins its listing's totals.</summary>
internal sealed class ReviewPublishing(ListingAggregates aggregates)
{
    /// <summary>Publishes each review not yet published; runs inside the caller's transaction.</summary>
    public async Task PublishAsync(IEnumerable<Review> reviews, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var review in reviews)
        {
            if (review.Publish(now) && review.CountsInAggregates)
            {
                await aggregates.ApplyAsync(review, +1, cancellationToken);
            }
        }
    }
}
