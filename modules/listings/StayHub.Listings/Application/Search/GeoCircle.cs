namespace StayHub.Listings.Application.Search;

internal sealed record GeoCircle(double Lat, double Lng, double RadiusMeters);
