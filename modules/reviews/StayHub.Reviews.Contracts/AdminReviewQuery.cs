namespace StayHub.Reviews.Contracts;

/// <summary>Moderators' filter of every review (newest submitted first).</summary>
/// <param name="ListingId">Only reviews of this listing's bookings.</param>
/// <param name="UserId">Only reviews this user wrote or received.</param>
/// <param name="Hidden">Only hidden (<c>true</c>) or only visible (<c>false</c>) reviews.</param>
/// <param name="PageSize">Page size (1..100, default 20).</param>
/// <param name="Cursor">Opaque cursor from the previous page.</param>
public sealed record AdminReviewQuery(Guid? ListingId, Guid? UserId, bool? Hidden, int? PageSize, string? Cursor);
