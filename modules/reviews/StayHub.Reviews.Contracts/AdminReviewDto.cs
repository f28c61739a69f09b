namespace StayHub.Reviews.Contracts;

/// <summary>A review as a moderator sees it: any status, with its moderation state.</summary>
/// <param name="Review">The review.</param>
/// <param name="Hidden">Whether a moderator hid it (hidden reviews leave the public lists and the aggregates).</param>
/// <param name="HiddenReason">The moderator's reason, or <c>null</c>.</param>
/// <param name="HiddenAt">When it was hidden, or <c>null</c>.</param>
public sealed record AdminReviewDto(ReviewDto Review, bool Hidden, string? HiddenReason, DateTimeOffset? HiddenAt);
