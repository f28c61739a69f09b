using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Framework.Pagination;
using StayHub.Reviews.Contracts;
using StayHub.Reviews.Domain;
using StayHub.Reviews.Persistence;

namespace StayHub.Reviews.Application.Reviews;

/// <summary>The public, keyset-paged lists of published, unhidden reviews.</summary>
internal sealed class ReviewQueries(ReviewsDbContext db, ReviewMapper mapper)
{
    private const string UserList = "user";

    public async Task<ListingReviewsPage> ListingPageAsync(Guid listingId, ListingReviewQuery query, CancellationToken cancellationToken)
    {
        var sort = query.Sort ?? ListingReviewSorts.Newest;
        var pageSize = Cursor.ClampPageSize(query.PageSize);
        var after = DecodeFor(sort, query.Cursor);
        var reviews = db.Reviews.AsNoTracking()
            .Where(r => r.ListingId == listingId && r.AuthorRole == ReviewAuthorRoles.Guest && r.PublishedAt != null && r.HiddenAt == null);
        reviews = sort switch
        {
            ListingReviewSorts.RatingDesc => (after is null ? reviews : reviews.Where(r =>
                    r.Rating < after.R || (r.Rating == after.R && (r.PublishedAt < after.P || (r.PublishedAt == after.P && r.Id < after.I)))))
                .OrderByDescending(r => r.Rating).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id),
            ListingReviewSorts.RatingAsc => (after is null ? reviews : reviews.Where(r =>
                    r.Rating > after.R || (r.Rating == after.R && (r.PublishedAt < after.P || (r.PublishedAt == after.P && r.Id < after.I)))))
                .OrderBy(r => r.Rating).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id),
            _ => NewestFirst(reviews, after),
        };
        var (items, next) = await PageAsync(reviews, sort, pageSize, cancellationToken);
        var stats = await db.ListingStats.AsNoTracking().SingleOrDefaultAsync(s => s.ListingId == listingId, cancellationToken)
            ?? new ListingReviewStats { ListingId = listingId };
        return new ListingReviewsPage(
            items,
            next,
            RatingAverage.Of(stats.RatingSum, stats.ReviewCount),
            stats.ReviewCount,
            new ReviewCategoryAverages(
                RatingAverage.Of(stats.CleanlinessSum, stats.CleanlinessCount),
                RatingAverage.Of(stats.AccuracySum, stats.AccuracyCount),
                RatingAverage.Of(stats.CommunicationSum, stats.CommunicationCount),
                RatingAverage.Of(stats.LocationSum, stats.LocationCount),
                RatingAverage.Of(stats.CheckInSum, stats.CheckInCount),
                RatingAverage.Of(stats.ValueSum, stats.ValueCount)));
    }

    public async Task<CursorPage<ReviewDto>> UserPageAsync(Guid userId, UserReviewQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Cursor.ClampPageSize(query.PageSize);
        var after = DecodeFor(UserList, query.Cursor);
        var reviews = db.Reviews.AsNoTracking()
            .Where(r => r.SubjectUserId == userId && r.AuthorRole == ReviewAuthorRoles.Host && r.PublishedAt != null && r.HiddenAt == null);
        var (items, next) = await PageAsync(NewestFirst(reviews, after), UserList, pageSize, cancellationToken);
        return new CursorPage<ReviewDto>(items, next);
    }

    private static IOrderedQueryable<Review> NewestFirst(IQueryable<Review> reviews, ListingReviewCursor? after) =>
        (after is null ? reviews : reviews.Where(r => r.PublishedAt < after.P || (r.PublishedAt == after.P && r.Id < after.I)))
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id);

    private async Task<(IReadOnlyList<ReviewDto> Items, string? Next)> PageAsync(IQueryable<Review> ordered, string list, int pageSize, CancellationToken cancellationToken)
    {
        var page = await ordered.Take(pageSize + 1).ToListAsync(cancellationToken);
        var shown = page.Take(pageSize).ToList();
        var items = await mapper.ToDtosAsync(shown, cancellationToken);
        var next = page.Count > pageSize
            ? Cursor.Encode(new ListingReviewCursor(list, shown[^1].Rating, shown[^1].PublishedAt!.Value, shown[^1].Id))
            : null;
        return (items, next);
    }

    /// <summary>A cursor only continues the list (and sort) it came from.</summary>
    private static ListingReviewCursor? DecodeFor(string list, string? cursor)
    {
        var after = Cursor.Decode<ListingReviewCursor>(cursor);
        if (after is not null && after.S != list)
        {
            throw RequestValidationException.ForField("cursor", "The cursor belongs to another list or sort.");
        }

        return after;
    }
}
