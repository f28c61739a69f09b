using Microsoft.EntityFrameworkCore;
using StayHub.Reviews.Application.Aggregates;
using StayHub.Reviews.Application.Reviews;
using StayHub.Reviews.Domain;
using StayHub.Reviews.Persistence;

namespace StayHub.Reviews.Application.Publishing;

/// <summary>
/// The work of the scheduled job, callable directly (tests move the clock and call it), and the aggregate rebuild.
/// </summary>
internal sealed class ReviewMaintenance(ReviewsDbContext db, ReviewPublishing publishing, ListingAggregates aggregates, TimeProvider clock)
{
    public const int BatchSize = 200;

    /// <summary>
    /// Publishes a batch of pending reviews whose window has closed (the other side never reviewed). Rows another
    /// node is working on are skipped (SKIP LOCKED) and left to it.
    /// </summary>
    public Task<int> PublishDueAsync(CancellationToken cancellationToken) =>
        db.InTransactionAsync(async () =>
        {
            var now = clock.GetUtcNow();
            var due = await db.Reviews
                .FromSql($"SELECT * FROM reviews.reviews WHERE published_at IS NULL AND window_ends_at <= {now} ORDER BY window_ends_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(cancellationToken);
            await publishing.PublishAsync(due, now, cancellationToken);
            return due.Count;
        }, cancellationToken);

    /// <summary>
    /// Recomputes a listing's totals from its reviews alone and writes them (announcing them to listings again).
    /// Returns the totals held before and the rebuilt ones, so a caller can tell whether they had drifted.
    /// </summary>
    public Task<(ListingReviewStats? Before, ListingReviewStats Rebuilt)> RebuildAsync(Guid listingId, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async () =>
        {
            var before = await db.ListingStats
                .FromSql($"SELECT * FROM reviews.listing_review_stats WHERE listing_id = {listingId} FOR UPDATE")
                .AsNoTracking()
                .SingleOrDefaultAsync(cancellationToken);
            var counted = await db.Reviews.AsNoTracking()
                .Where(r => r.ListingId == listingId && r.AuthorRole == Contracts.ReviewAuthorRoles.Guest && r.PublishedAt != null && r.HiddenAt == null)
                .ToListAsync(cancellationToken);
            var rebuilt = ListingReviewStats.Of(listingId, counted.Select(r => r.Ratings));
            await aggregates.ReplaceAsync(rebuilt, cancellationToken);
            return (before, rebuilt);
        }, cancellationToken);
}
