using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

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
