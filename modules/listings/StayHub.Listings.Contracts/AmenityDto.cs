namespace StayHub.Listings.Contracts;

/// <summary>An amenity of the catalogue (<c>GET /api/amenities</c>).</summary>
/// <param name="Code">Stable code used in <see cref="ListingRequest.Amenities"/>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Category">Category for grouping.</param>
public sealed record AmenityDto(string Code, string Name, string Category);
