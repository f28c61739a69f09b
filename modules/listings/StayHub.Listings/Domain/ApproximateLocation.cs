using NetTopologySuite.Geometries;

namespace StayHub.Listings.Domain;

/// <summary>
/// The point anyone may see: the exact one moved 150–450 m in a random direction. Drawn once when the host sets the
/// location and stored, so it is stable per listing (averaging many answers reveals nothing) and cannot be undone by
/// anyone who knows this code, as a deterministic offset of the id could. Search filters and sorts on it too, so
/// narrowing a bounding box cannot home in on the exact point.
/// </summary>
internal static class ApproximateLocation
{
    public const double MinOffsetMeters = 150;
    public const double MaxOffsetMeters = 450;
    private const double EarthRadiusMeters = 6_371_000;

    public static Point Near(Point exact, Random random)
    {
        var distance = MinOffsetMeters + (random.NextDouble() * (MaxOffsetMeters - MinOffsetMeters));
        var bearing = random.NextDouble() * 2 * Math.PI;
        var lat = exact.Y + (distance * Math.Cos(bearing) / EarthRadiusMeters * 180 / Math.PI);
        // Metres per degree of longitude shrink with the latitude; near the poles the offset is mostly north-south.
        var cosLat = Math.Max(Math.Cos(exact.Y * Math.PI / 180), 0.01);
        var lng = exact.X + (distance * Math.Sin(bearing) / (EarthRadiusMeters * cosLat) * 180 / Math.PI);
        lat = Math.Clamp(lat, -90, 90);
        lng = lng > 180 ? lng - 360 : lng < -180 ? lng + 360 : lng;
        return new Point(lng, lat) { SRID = 4326 };
    }
}
