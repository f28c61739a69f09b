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
