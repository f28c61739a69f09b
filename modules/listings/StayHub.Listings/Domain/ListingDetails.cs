using NpgsqlTypes;
using StayHub.Framework.Domain;

namespace StayHub.Listings.Domain;

/// <summary>Everything a host edits, already validated.</summary>
internal sealed record ListingDetails(
    string Title,
    string Description,
    string PropertyType,
    string AddressLine1,
    string City,
    string? Region,
    string? PostalCode,
    string Country,
    double Latitude,
    double Longitude,
    int MaxGuests,
    int Bedrooms,
    int Beds,
    int Bathrooms,
    long NightlyPrice,
    string Currency,
    long CleaningFee,
    IReadOnlyList<string> Amenities,
    int MinNights,
    int MaxNights,
    bool InstantBook,
    string CancellationPolicy,
    TimeOnly CheckInTime,
    TimeOnly CheckOutTime,
    string? HouseRules);
