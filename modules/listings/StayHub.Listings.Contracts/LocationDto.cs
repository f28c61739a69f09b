namespace StayHub.Listings.Contracts;

/// <summary>A listing's position (WGS 84).</summary>
/// <param name="Lat">Latitude in degrees, -90..90.</param>
/// <param name="Lng">Longitude in degrees, -180..180.</param>
public sealed record LocationDto(double? Lat, double? Lng);
