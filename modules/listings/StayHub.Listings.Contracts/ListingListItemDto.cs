using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

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
