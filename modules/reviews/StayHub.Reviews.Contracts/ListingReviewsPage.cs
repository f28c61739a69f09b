namespace StayHub.Reviews.Contracts;

/// <summary>One page of a listing's published, unhidden guest reviews, with the listing's aggregates.</summary>
/// <param name="Items">The reviews of this page.</param>
/// <param name="NextCursor">Opaque cursor of the next page, or <c>null</c> on the last.</param>
/// <param name="AverageRating">Average overall rating (2 decimals), or <c>null</c> before the first review.</param>
/// <param name="ReviewCount">Number of published, unhidden guest reviews.</param>
/// <param name="CategoryAverages">Averages of the category ratings.</param>
public sealed record ListingReviewsPage(
    IReadOnlyList<ReviewDto> Items,
    string? NextCursor,
    decimal? AverageRating,
    int ReviewCount,
    ReviewCategoryAverages CategoryAverages);
