namespace StayHub.Reviews.Contracts;

/// <summary>
/// A review of a completed booking. The guest reviews the stay (with optional <paramref name="Categories"/>); the
/// listing's host reviews the guest (categories are not accepted from the host).
/// </summary>
/// <param name="Rating">Overall rating, 1..5.</param>
/// <param name="Comment">Free text, at most 2,000 characters; stored exactly as written.</param>
/// <param name="Categories">Guest only: ratings of aspects of the stay.</param>
public sealed record SubmitReviewRequest(int Rating, string? Comment, ReviewCategoryRatings? Categories = null);
