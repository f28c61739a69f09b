using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

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
