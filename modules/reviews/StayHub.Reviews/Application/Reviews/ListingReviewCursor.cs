namespace StayHub.Reviews.Application.Reviews;

/// <summary>Keyset position in a list of published reviews: the last item's sort keys (and the sort it belongs to).</summary>
internal sealed record ListingReviewCursor(string S, int R, DateTimeOffset P, Guid I);
