using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Framework.Pagination;
using StayHub.Framework.Users;
using StayHub.Reviews.Application.Aggregates;
using StayHub.Reviews.Application.Reviews;
using StayHub.Reviews.Contracts;
using StayHub.Reviews.Domain;
using StayHub.Reviews.Persistence;

namespace StayHub.Reviews.Application.Admin;

/// <summary>Moderation: hiding takes a review out of the public lists and, if it counted, out of its listing's totals.</summary>
internal sealed class ReviewAdminAppService(
    ReviewsDbContext db,
    ICurrentUser currentUser,
    ListingAggregates aggregates,
    ReviewMapper mapper,
    TimeProvider clock) : IReviewAdminAppService
{
    public async Task<CursorPage<AdminReviewDto>> ListReviewsAsync(AdminReviewQuery query, CancellationToken cancellationToken)
    {
        var reviews = db.Reviews.AsNoTracking();
        if (query.ListingId is { } listingId)
        {
            reviews = reviews.Where(r => r.ListingId == listingId);
        }

        if (query.UserId is { } userId)
        {
            reviews = reviews.Where(r => r.AuthorId == userId || r.SubjectUserId == userId);
        }

        if (query.Hidden is { } hidden)
        {
            reviews = hidden ? reviews.Where(r => r.HiddenAt != null) : reviews.Where(r => r.HiddenAt == null);
        }

        var total = await reviews.LongCountAsync(cancellationToken);
        var page = await reviews.NewestFirstPageAsync(r => r.Id, query.Cursor, query.PageSize, query with { Cursor = null, PageSize = null }, cancellationToken);
        var dtos = await mapper.ToDtosAsync(page.Rows, cancellationToken);
        var items = page.Rows.Select((r, i) => ToAdminDto(r, dtos[i])).ToList();
        return new CursorPage<AdminReviewDto>(items, page.NextCursor, total);
    }

    public Task<AdminReviewDto> HideReviewAsync(Guid id, HideReviewRequest request, CancellationToken cancellationToken) =>
        ModerateAsync(id, async review =>
        {
            var counted = review.CountsInAggregates;
            if (review.Hide(request.Reason, currentUser.Id, clock.GetUtcNow()) && counted)
            {
                await aggregates.ApplyAsync(review, -1, cancellationToken);
            }
        }, cancellationToken);

    public Task<AdminReviewDto> UnhideReviewAsync(Guid id, CancellationToken cancellationToken) =>
        ModerateAsync(id, async review =>
        {
            if (review.Unhide() && review.CountsInAggregates)
            {
                await aggregates.ApplyAsync(review, +1, cancellationToken);
            }
        }, cancellationToken);

    private async Task<AdminReviewDto> ModerateAsync(Guid id, Func<Review, Task> change, CancellationToken cancellationToken)
    {
        var review = await db.InTransactionAsync(async () =>
        {
            // Locked: a concurrent publish or second moderation of the same review must not count it twice.
            var review = await db.Reviews
                .FromSql($"SELECT * FROM reviews.reviews WHERE id = {id} FOR UPDATE")
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Review");
            await change(review);
            return review;
        }, cancellationToken);
        return ToAdminDto(review, await mapper.ToDtoAsync(review, cancellationToken));
    }

    private static AdminReviewDto ToAdminDto(Review review, ReviewDto dto) => new(dto, review.IsHidden, review.HiddenReason, review.HiddenAt);
}
