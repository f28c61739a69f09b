using StayHub.Framework.Contracts;

namespace StayHub.Listings.Application.Listings;

public sealed record AddressDto(string? Line1, string? City, string? Region, string? PostalCode, string? Country);

public sealed record LocationDto(double? Lat, double? Lng);

/// <summary>
/// Body of <c>POST</c> and <c>PUT /api/listings/{id}</c>. Numbers are nullable so a missing field is reported
/// as missing rather than read as zero. <see cref="Version"/> (from the detail answer) makes a PUT conditional.
/// </summary>
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

public sealed record ListingPhotoDto(Guid Id, int Position, string Url, string SmallUrl);

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
    uint Version);

/// <summary>A row of the host's and the admin's listing lists.</summary>
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

public sealed record HostListingQuery(int? PageSize, string? Cursor);

/// <summary><c>status</c>: <c>published</c>, <c>unpublished</c> or <c>deleted</c>; without it, every listing not deleted.</summary>
public sealed record AdminListingQuery(string? Q, string? Status, Guid? HostId, int? PageSize, string? Cursor);

public sealed record AmenityDto(string Code, string Name, string Category);
