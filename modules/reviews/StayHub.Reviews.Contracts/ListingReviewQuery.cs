namespace StayHub.Reviews.Contracts;

/// <summary>Order and page of a listing's reviews.</summary>
/// <param name="Sort"><c>newest</c> (default), <c>rating_desc</c> or <c>rating_asc</c>; see <see cref="ListingReviewSorts"/>.</param>
/// <param name="PageSize">Page size (1..100, default 20).</param>
/// <param name="Cursor">Opaque cursor from the previous page (of the same sort).</param>
public sealed record ListingReviewQuery(string? Sort, int? PageSize, string? Cursor);
