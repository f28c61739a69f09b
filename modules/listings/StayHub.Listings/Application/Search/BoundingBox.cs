namespace StayHub.Listings.Application.Search;

internal sealed record BoundingBox(double MinLng, double MinLat, double MaxLng, double MaxLat);
