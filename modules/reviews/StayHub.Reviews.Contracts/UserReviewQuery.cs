namespace StayHub.Reviews.Contracts;

/// <summary>Page of the reviews a user received as a guest (newest first).</summary>
/// <param name="PageSize">Page size (1..100, default 20).</param>
/// <param name="Cursor">Opaque cursor from the previous page.</param>
public sealed record UserReviewQuery(int? PageSize, string? Cursor);
