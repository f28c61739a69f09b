using System.Globalization;
using StayHub.Identity.Contracts;
using StayHub.Reviews.Contracts;
using StayHub.Reviews.Domain;

namespace StayHub.Reviews.Application.Reviews;

/// <summary>Reviews to DTOs, with each author's public name and photo asked of identity's contract (once per author per call).</summary>
internal sealed class ReviewMapper(IIdentityModule identity)
{
    /// <summary>Shown for an author whose account no longer exists.</summary>
    public const string FormerUser = "Former StayHub user";

    public async Task<IReadOnlyList<ReviewDto>> ToDtosAsync(IReadOnlyList<Review> reviews, CancellationToken cancellationToken)
    {
        var authors = new Dictionary<Guid, ReviewerDto>();
        foreach (var authorId in reviews.Select(r => r.AuthorId).Distinct())
        {
            var user = await identity.FindUserAsync(authorId, cancellationToken);
            authors[authorId] = new ReviewerDto(authorId, user?.DisplayName ?? FormerUser, user?.PhotoUrl);
        }

        return [.. reviews.Select(r => ToDto(r, authors[r.AuthorId]))];
    }

    public async Task<ReviewDto> ToDtoAsync(Review review, CancellationToken cancellationToken) =>
        (await ToDtosAsync([review], cancellationToken))[0];

    public static ReviewDto ToDto(Review r, ReviewerDto reviewer) => new(
        r.Id,
        r.BookingId,
        r.ListingId,
        r.AuthorRole,
        reviewer,
        r.SubjectUserId,
        StayMonth(r),
        r.Rating,
        r.Ratings.HasCategories ? new ReviewCategoryRatings(r.Cleanliness, r.Accuracy, r.Communication, r.Location, r.CheckIn, r.Value) : null,
        r.Comment,
        r.Status,
        r.SubmittedAt,
        r.PublishedAt,
        r.ReplyAt is { } at ? new ReviewReplyDto(r.ReplyComment!, at) : null);

    private static string StayMonth(Review r) =>
        (r.StayCheckIn ?? DateOnly.FromDateTime(r.SubmittedAt.UtcDateTime)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
