using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

/// <summary>
/// The query string of <c>GET /api/listings</c>, as sent on the wire. Values are strings so that a malformed
/// value is reported as a validation error keyed by its parameter name rather than as an unreadable request.
/// </summary>
/// <param name="Q">Full-text query (web-search syntax: words, "phrases", -exclusions), at most 200 characters.</param>
/// <param name="City">City, matched case-insensitively and exactly.</param>
/// <param name="Country">ISO 3166 alpha-2 country code (any case).</param>
/// <param name="Lat">Latitude of the radius-search centre (-90..90); needs <paramref name="Lng"/>.</param>
/// <param name="Lng">Longitude of the radius-search centre (-180..180); needs <paramref name="Lat"/>.</param>
/// <param name="RadiusKm">Radius around lat/lng in kilometres (0 &lt; r ≤ 500; default 25 when lat/lng are given).</param>
/// <param name="Bbox">Bounding box <c>minLng,minLat,maxLng,maxLat</c> (not crossing the antimeridian).</param>
/// <param name="CheckIn">Arrival date (<c>yyyy-MM-dd</c>); needs <paramref name="CheckOut"/>.</param>
/// <param name="CheckOut">Departure date, after check-in, at most 365 nights later.</param>
/// <param name="Guests">Number of guests the listing must accommodate (1..100).</param>
/// <param name="MinPrice">Lowest base nightly price, in minor units of <paramref name="Currency"/> (required with a price bound).</param>
/// <param name="MaxPrice">Highest base nightly price, in minor units of <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code: only listings priced in this currency (no conversion).</param>
/// <param name="Amenities">Comma-separated amenity codes; every one is required.</param>
/// <param name="Sort"><c>relevance</c> (needs q; the default with q), <c>price_asc</c>, <c>price_desc</c>, <c>rating</c>, <c>newest</c> (default without q), <c>distance</c> (needs lat/lng).</param>
/// <param name="PageSize">Items per page, 1..100 (default 20).</param>
/// <param name="Cursor">Opaque cursor from the previous page; valid only with the same filters and sort.</param>
public sealed record ListingSearchQuery(
    string? Q,
    string? City,
    string? Country,
    string? Lat,
    string? Lng,
    string? RadiusKm,
    string? Bbox,
    string? CheckIn,
    string? CheckOut,
    string? Guests,
    string? MinPrice,
    string? MaxPrice,
    string? Currency,
    string? Amenities,
    string? Sort,
    string? PageSize,
    string? Cursor);

/// <summary>One search result.</summary>
/// <param name="Id">Listing id.</param>
/// <param name="Title">Title.</param>
/// <param name="City">City.</param>
/// <param name="Country">ISO 3166 alpha-2 country code.</param>
/// <param name="Location">Where it is.</param>
/// <param name="NightlyPrice">Base nightly price (per-date overrides are not applied in search).</param>
/// <param name="Rating">Average review rating (1..5), or <c>null</c> before the first review.</param>
/// <param name="ReviewCount">Number of reviews.</param>
/// <param name="PhotoUrl">Small version of the first photo, or <c>null</c> without photos.</param>
/// <param name="MaxGuests">Guest capacity.</param>
public sealed record ListingSummaryDto(
    Guid Id,
    string Title,
    string City,
    string Country,
    GeoPointDto Location,
    Money NightlyPrice,
    decimal? Rating,
    int ReviewCount,
    string? PhotoUrl,
    int MaxGuests);

/// <summary>A point on the globe (WGS 84).</summary>
/// <param name="Lat">Latitude in degrees.</param>
/// <param name="Lng">Longitude in degrees.</param>
public sealed record GeoPointDto(double Lat, double Lng);

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
