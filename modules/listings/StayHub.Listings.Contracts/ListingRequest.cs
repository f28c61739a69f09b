using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

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
