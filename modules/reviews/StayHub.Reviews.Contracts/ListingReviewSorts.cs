namespace StayHub.Reviews.Contracts;

/// <summary>Orders of a listing's reviews.</summary>
public static class ListingReviewSorts
{
    /// <summary>Most recently published first (the default).</summary>
    public const string Newest = "newest";

    /// <summary>Highest overall rating first, newest first among equals.</summary>
    public const string RatingDesc = "rating_desc";

    /// <summary>Lowest overall rating first, newest first among equals.</summary>
    public const string RatingAsc = "rating_asc";

    /// <summary>All orders.</summary>
    public static readonly IReadOnlyList<string> All = [Newest, RatingDesc, RatingAsc];
}
