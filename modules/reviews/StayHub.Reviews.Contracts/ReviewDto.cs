namespace StayHub.Reviews.Contracts;

/// <summary>A review as its author, or (once published) anyone, sees it.</summary>
/// <param name="Id">Review id.</param>
/// <param name="BookingId">The reviewed booking.</param>
/// <param name="ListingId">Its listing.</param>
/// <param name="AuthorRole"><c>guest</c> (a review of the stay) or <c>host</c> (a review of the guest); see <see cref="ReviewAuthorRoles"/>.</param>
/// <param name="Reviewer">The author.</param>
/// <param name="SubjectUserId">For a host's review, the reviewed guest; for a guest's review, the host.</param>
/// <param name="StayMonth">Month of check-in, <c>yyyy-MM</c>.</param>
/// <param name="Rating">Overall rating, 1..5.</param>
/// <param name="Categories">The guest's category ratings, or <c>null</c>.</param>
/// <param name="Comment">Text as written (clients must encode it for their output; it is never HTML).</param>
/// <param name="Status"><c>pending</c> (double-blind, only its author sees it) or <c>published</c>; see <see cref="ReviewStatuses"/>.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="PublishedAt">When it became visible, or <c>null</c>.</param>
/// <param name="Reply">The host's reply, or <c>null</c>.</param>
public sealed record ReviewDto(
    Guid Id,
    Guid BookingId,
    Guid ListingId,
    string AuthorRole,
    ReviewerDto Reviewer,
    Guid SubjectUserId,
    string StayMonth,
    int Rating,
    ReviewCategoryRatings? Categories,
    string? Comment,
    string Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? PublishedAt,
    ReviewReplyDto? Reply);
