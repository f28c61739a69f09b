using StayHub.Reviews.Application.Aggregates;
using StayHub.Reviews.Contracts;
using StayHub.Reviews.Domain;
using StayHub.Reviews.Persistence;

namespace StayHub.Reviews.Application.Reviews;

/// <summary>
/// Ends the double-blind period of reviews: they become visible, a guest's review joins its listing's totals, and
/// <see cref="ReviewPublished"/> goes to the outbox (the reviewed side is told).
/// </summary>
internal sealed class ReviewPublishing(ReviewsDbContext db, ListingAggregates aggregates)
{
    /// <summary>Publishes each review not yet published; runs inside the caller's transaction.</summary>
    public async Task PublishAsync(IEnumerable<Review> reviews, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var review in reviews)
        {
            if (!review.Publish(now))
            {
                continue;
            }

            if (review.CountsInAggregates)
            {
                await aggregates.ApplyAsync(review, +1, cancellationToken);
            }

            db.Publish(new ReviewPublished(Guid.CreateVersion7(now), now, review.Id, review.BookingId, review.ListingId,
                review.AuthorId, review.AuthorRole, review.SubjectUserId, review.Rating));
        }
    }
}
