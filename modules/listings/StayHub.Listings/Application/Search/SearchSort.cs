namespace StayHub.Listings.Application.Search;

internal enum SearchSort
{
    Relevance,
    PriceAsc,
    PriceDesc,
    Rating,
    Newest,
    Distance,
}
