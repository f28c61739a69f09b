namespace StayHub.Listings.Contracts;

/// <summary>Sort orders of listing search.</summary>
public static class ListingSearchSorts
{
    /// <summary>Best full-text match first (needs q).</summary>
    public const string Relevance = "relevance";

    /// <summary>Cheapest first.</summary>
    public const string PriceAsc = "price_asc";

    /// <summary>Most expensive first.</summary>
    public const string PriceDesc = "price_desc";

    /// <summary>Best rated first; unrated last.</summary>
    public const string Rating = "rating";

    /// <summary>Most recently created first.</summary>
    public const string Newest = "newest";

    /// <summary>Nearest to lat/lng first (needs lat/lng).</summary>
    public const string Distance = "distance";

    /// <summary>All sort orders.</summary>
    public static readonly IReadOnlyList<string> All = [Relevance, PriceAsc, PriceDesc, Rating, Newest, Distance];
}
