using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

/// <summary>A listing's postal address.</summary>
/// <param name="Line1">Street and number, at most 200 characters.</param>
/// <param name="City">City, at most 100 characters.</param>
/// <param name="Region">Region or state, optional, at most 100 characters.</param>
/// <param name="PostalCode">Postal code, optional, at most 20 characters.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code in upper case, e.g. <c>PT</c>.</param>
public sealed record AddressDto(string? Line1, string? City, string? Region, string? PostalCode, string? Country);

/// <summary>A listing's position (WGS 84).</summary>
/// <param name="Lat">Latitude in degrees, -90..90.</param>
/// <param name="Lng">Longitude in degrees, -180..180.</param>
public sealed record LocationDto(double? Lat, double? Lng);

/// <summary>
/// Body of <c>POST</c> and <c>PUT /api/listings/{id}</c>. Numbers are nullable so a missing field is reported
/// as missing rather than read as zero. <see cref="Version"/> (from the detail answer) makes a PUT conditional.
/// </summary>
/// <param name="Title">Title, at most 120 characters, not blank.</param>
/// <param name="Description">Description, at most 5000 characters.</param>
/// <param name="PropertyType"><c>apartment</c>, <c>house</c>, <c>room</c>, <c>cabin</c>, <c>villa</c> or <c>other</c>.</param>
/// <param name="Address">Postal address (required).</param>
/// <param name="Location">Position (required).</param>
/// <param name="MaxGuests">Guest capacity, 1..50.</param>
/// <param name="Bedrooms">Number of bedrooms, 0..50.</param>
/// <param name="Beds">Number of beds, 1..100.</param>
/// <param name="Bathrooms">Number of bathrooms, 0..50.</param>
/// <param name="NightlyPrice">Base nightly price in minor units of a supported currency (amount ≥ 1).</param>
/// <param name="CleaningFee">Cleaning fee per stay in minor units, in the nightly price's currency (amount ≥ 0).</param>
/// <param name="Amenities">Amenity codes from <c>GET /api/amenities</c>; <c>null</c> means none.</param>
/// <param name="MinNights">Shortest stay in nights, 1..365.</param>
/// <param name="MaxNights">Longest stay in nights, 1..365, not less than <paramref name="MinNights"/>.</param>
/// <param name="InstantBook">Whether a booking is confirmed without the host's approval.</param>
/// <param name="CancellationPolicy">One of <see cref="CancellationPolicies.All"/>.</param>
/// <param name="CheckInTime">Check-in time, 24-hour <c>HH:mm</c>.</param>
/// <param name="CheckOutTime">Check-out time, 24-hour <c>HH:mm</c>.</param>
/// <param name="HouseRules">House rules, optional, at most 2000 characters.</param>
/// <param name="Version">The <c>version</c> of the detail answer; on a PUT, a stale value answers 409. Optional.</param>
public sealed record ListingRequest(
    string? Title,
    string? Description,
    string? PropertyType,
    AddressDto? Address,
    LocationDto? Location,
    int? MaxGuests,
    int? Bedrooms,
    int? Beds,
    int? Bathrooms,
    Money? NightlyPrice,
    Money? CleaningFee,
    IReadOnlyList<string>? Amenities,
    int? MinNights,
    int? MaxNights,
    bool? InstantBook,
    string? CancellationPolicy,
    string? CheckInTime,
    string? CheckOutTime,
    string? HouseRules,
    uint? Version = null);

/// <summary>A photo of a listing.</summary>
/// <param name="Id">Photo id.</param>
/// <param name="Position">Display order, the lowest first.</param>
/// <param name="Url">URL of the full-size image.</param>
/// <param name="SmallUrl">URL of the small (thumbnail) image.</param>
public sealed record ListingPhotoDto(Guid Id, int Position, string Url, string SmallUrl);

/// <summary>A listing's detail.</summary>
/// <param name="Id">Listing id.</param>
/// <param name="HostId">Id of the host's account.</param>
/// <param name="Title">Title.</param>
/// <param name="Description">Description.</param>
/// <param name="PropertyType">Property type, e.g. <c>apartment</c>.</param>
/// <param name="Address">Postal address; <c>line1</c> and <c>postalCode</c> are <c>null</c> unless <paramref name="LocationPrecision"/> is <c>exact</c>.</param>
/// <param name="Location">Position: the exact point, or an approximate one (see <paramref name="LocationPrecision"/>).</param>
/// <param name="MaxGuests">Guest capacity.</param>
/// <param name="Bedrooms">Number of bedrooms.</param>
/// <param name="Beds">Number of beds.</param>
/// <param name="Bathrooms">Number of bathrooms.</param>
/// <param name="NightlyPrice">Base nightly price in minor units (per-date overrides are in the calendar).</param>
/// <param name="CleaningFee">Cleaning fee per stay in minor units, in the nightly price's currency.</param>
/// <param name="Amenities">Amenity codes.</param>
/// <param name="MinNights">Shortest stay in nights.</param>
/// <param name="MaxNights">Longest stay in nights.</param>
/// <param name="InstantBook">Whether a booking is confirmed without the host's approval.</param>
/// <param name="CancellationPolicy">One of <see cref="CancellationPolicies.All"/>.</param>
/// <param name="CheckInTime">Check-in time, 24-hour <c>HH:mm</c>.</param>
/// <param name="CheckOutTime">Check-out time, 24-hour <c>HH:mm</c>.</param>
/// <param name="HouseRules">House rules, or <c>null</c>.</param>
/// <param name="Status"><c>published</c> or <c>unpublished</c>.</param>
/// <param name="Rating">Average review rating (1..5), or <c>null</c> before the first review.</param>
/// <param name="ReviewCount">Number of reviews.</param>
/// <param name="PhotoUrl">URL of the first photo, or <c>null</c> without photos.</param>
/// <param name="Photos">Photos in display order.</param>
/// <param name="CreatedAt">When the listing was created.</param>
/// <param name="UpdatedAt">When the listing was last changed.</param>
/// <param name="Version">Concurrency token; send it back in <see cref="ListingRequest.Version"/> to make a PUT conditional.</param>
/// <param name="LocationPrecision">One of <see cref="LocationPrecisions"/>: <c>exact</c> for the host, moderators and guests with a confirmed stay, else <c>approximate</c>.</param>
public sealed record ListingDto(
    Guid Id,
    Guid HostId,
    string Title,
    string Description,
    string PropertyType,
    AddressDto Address,
    LocationDto Location,
    int MaxGuests,
    int Bedrooms,
    int Beds,
    int Bathrooms,
    Money NightlyPrice,
    Money CleaningFee,
    IReadOnlyList<string> Amenities,
    int MinNights,
    int MaxNights,
    bool InstantBook,
    string CancellationPolicy,
    string CheckInTime,
    string CheckOutTime,
    string? HouseRules,
    string Status,
    decimal? Rating,
    int ReviewCount,
    string? PhotoUrl,
    IReadOnlyList<ListingPhotoDto> Photos,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version,
    string LocationPrecision);

/// <summary>A row of the host's and the admin's listing lists.</summary>
/// <param name="Id">Listing id.</param>
/// <param name="HostId">Id of the host's account.</param>
/// <param name="Title">Title.</param>
/// <param name="City">City.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code.</param>
/// <param name="Status"><c>published</c> or <c>unpublished</c>.</param>
/// <param name="Deleted">Whether the listing is deleted.</param>
/// <param name="NightlyPrice">Base nightly price in minor units.</param>
/// <param name="PhotoUrl">URL of the first photo, or <c>null</c> without photos.</param>
/// <param name="CreatedAt">When the listing was created.</param>
/// <param name="UpdatedAt">When the listing was last changed.</param>
public sealed record ListingListItemDto(
    Guid Id,
    Guid HostId,
    string Title,
    string City,
    string Country,
    string Status,
    bool Deleted,
    Money NightlyPrice,
    string? PhotoUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The query string of the host's own listing list.</summary>
/// <param name="PageSize">Items per page, 1..<see cref="Paging.MaxPageSize"/>.</param>
/// <param name="Cursor">Opaque cursor from the previous page, at most 512 characters.</param>
public sealed record HostListingQuery(int? PageSize, string? Cursor);

/// <summary><c>status</c>: <c>published</c>, <c>unpublished</c> or <c>deleted</c>; without it, every listing not deleted.</summary>
/// <param name="Q">Text filter, at most 200 characters.</param>
/// <param name="Status"><c>published</c>, <c>unpublished</c> or <c>deleted</c>.</param>
/// <param name="HostId">Only this host's listings.</param>
/// <param name="PageSize">Items per page, 1..<see cref="Paging.MaxPageSize"/>.</param>
/// <param name="Cursor">Opaque cursor from the previous page, at most 512 characters.</param>
public sealed record AdminListingQuery(string? Q, string? Status, Guid? HostId, int? PageSize, string? Cursor);

/// <summary>An amenity of the catalogue (<c>GET /api/amenities</c>).</summary>
/// <param name="Code">Stable code used in <see cref="ListingRequest.Amenities"/>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Category">Category for grouping.</param>
public sealed record AmenityDto(string Code, string Name, string Category);
