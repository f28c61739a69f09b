using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Framework.Users;
using StayHub.Listings.Contracts;
using StayHub.Reviews.Contracts;
using StayHub.Reviews.Domain;
using StayHub.Reviews.Persistence;

namespace StayHub.Reviews.Application.Reviews;

/// <summary>Writing, replying to and reading reviews. Ownership is checked here: someone else's booking is 404.</summary>
internal sealed class ReviewAppService(
    ReviewsDbContext db,
    ICurrentUser currentUser,
    ReviewPublishing publishing,
    ReviewQueries queries,
    ReviewMapper mapper,
    IListingsModule listings,
    IOptions<ReviewsOptions> options,
    TimeProvider clock) : IReviewAppService
{
    public async Task<ReviewDto> SubmitBookingReviewAsync(Guid id, SubmitReviewRequest request, CancellationToken cancellationToken)
    {
        var me = currentUser.GetRequiredId();
        var review = await db.InTransactionAsync(async () =>
        {
            var now = clock.GetUtcNow();
            // The stay's row lock serializes the two sides' submissions, so the second always sees the first and
            // publishes both: neither review can be left waiting for the window because of a race.
            var stay = await db.Stays
                .FromSql($"SELECT * FROM reviews.reviewable_stays WHERE booking_id = {id} FOR UPDATE")
                .SingleOrDefaultAsync(cancellationToken);
            if (stay is null || !stay.IsParty(me))
            {
                throw new NotFoundException("Booking");
            }

            if (!stay.IsCompleted)
            {
                throw new ConflictException(ReviewErrorCodes.BookingNotCompleted, "Only a completed booking can be reviewed.");
            }

            var windowEndsAt = stay.WindowEndsAt(options.Value.Window)!.Value;
            if (now >= windowEndsAt)
            {
                throw new ConflictException(ReviewErrorCodes.WindowClosed, "The review window of this booking has closed.");
            }

            var role = me == stay.GuestId ? ReviewAuthorRoles.Guest : ReviewAuthorRoles.Host;
            var existing = await db.Reviews
                .FromSql($"SELECT * FROM reviews.reviews WHERE booking_id = {id} FOR UPDATE")
                .ToListAsync(cancellationToken);
            if (existing.Any(r => r.AuthorRole == role))
            {
                throw new ConflictException(ReviewErrorCodes.AlreadySubmitted, "This booking has already been reviewed by you.");
            }

            if (role == ReviewAuthorRoles.Host && request.Categories is not null)
            {
                throw RequestValidationException.ForField("categories", "Category ratings are the guest's; a host rates the guest overall.");
            }

            var c = request.Categories;
            var ratings = new ReviewRatings(request.Rating, c?.Cleanliness, c?.Accuracy, c?.Communication, c?.Location, c?.CheckIn, c?.Value);
            var created = new Review(stay, role, ratings, request.Comment, windowEndsAt, now);
            db.Reviews.Add(created);
            if (existing.Count > 0)
            {
                // Both sides are in: the double-blind period ends for both at once.
                await publishing.PublishAsync([created, .. existing], now, cancellationToken);
            }

            return created;
        }, cancellationToken);
        return await mapper.ToDtoAsync(review, cancellationToken);
    }

    public async Task<ReviewDto> GetReviewAsync(Guid id, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null || !review.IsVisibleTo(currentUser.Id))
        {
            throw new NotFoundException("Review");
        }

        return await mapper.ToDtoAsync(review, cancellationToken);
    }

    public async Task<ListingReviewsPage> ListListingReviewsAsync(Guid id, ListingReviewQuery query, CancellationToken cancellationToken)
    {
        // Whether the listing exists is the listings module's to say (its contract, never its tables); a deleted
        // listing is still known there, so its reviews stay readable.
        if (await listings.FindAsync(id, cancellationToken) is null)
        {
            throw new NotFoundException("Listing");
        }

        return await queries.ListingPageAsync(id, query, cancellationToken);
    }

    public Task<CursorPage<ReviewDto>> ListUserReviewsAsync(Guid id, UserReviewQuery query, CancellationToken cancellationToken) =>
        queries.UserPageAsync(id, query, cancellationToken);

    public async Task<ReviewDto> ReplyToReviewAsync(Guid id, ReplyToReviewRequest request, CancellationToken cancellationToken)
    {
        var me = currentUser.GetRequiredId();
        var review = await db.InTransactionAsync(async () =>
        {
            var review = await db.Reviews
                .FromSql($"SELECT * FROM reviews.reviews WHERE id = {id} FOR UPDATE")
                .SingleOrDefaultAsync(cancellationToken);
            var stay = review is null ? null : await db.Stays.SingleOrDefaultAsync(s => s.BookingId == review.BookingId, cancellationToken);
            // Only the listing's host answers, and only guests' reviews (a host's review is about the guest).
            if (review is null || stay is null || stay.HostId != me || !review.IsGuestReview || review.IsHidden)
            {
                throw new NotFoundException("Review");
            }

            var now = clock.GetUtcNow();
            review.ReplyAsHost(request.Comment, now);
            db.Publish(new ReviewReplyPosted(Guid.CreateVersion7(now), now, review.Id, review.BookingId, review.ListingId, review.AuthorId, me));
            return review;
        }, cancellationToken);
        return await mapper.ToDtoAsync(review, cancellationToken);
    }
}
