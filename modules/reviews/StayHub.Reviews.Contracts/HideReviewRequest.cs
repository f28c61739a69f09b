namespace StayHub.Reviews.Contracts;

/// <summary>Why a moderator hides a review.</summary>
/// <param name="Reason">Reason, at most 500 characters (kept for moderators, never shown publicly).</param>
public sealed record HideReviewRequest(string? Reason);
