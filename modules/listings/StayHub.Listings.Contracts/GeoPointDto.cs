namespace StayHub.Listings.Contracts;

/// <summary>A point on the globe (WGS 84).</summary>
/// <param name="Lat">Latitude in degrees.</param>
/// <param name="Lng">Longitude in degrees.</param>
public sealed record GeoPointDto(double Lat, double Lng);
