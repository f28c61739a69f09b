using NetTopologySuite.Geometries;
using StayHub.Listings.Domain;

namespace StayHub.Listings.Tests.Domain;

public sealed class ApproximateLocationTests
{
    private static double MetersBetween(Point a, Point b)
    {
        const double r = 6_371_000;
        var dLat = (b.Y - a.Y) * Math.PI / 180;
        var dLng = (b.X - a.X) * Math.PI / 180;
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(a.Y * Math.PI / 180) * Math.Cos(b.Y * Math.PI / 180) * Math.Pow(Math.Sin(dLng / 2), 2));
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    [Theory]
    [InlineData(38.7, -9.1)]
    [InlineData(0, 0)]
    [InlineData(69.6, 18.9)]
    [InlineData(-45, 179.999)]
    [InlineData(-45, -179.999)]
    public void The_public_point_is_150_to_450_metres_away_in_every_direction(double lat, double lng)
    {
        var exact = new Point(lng, lat) { SRID = 4326 };
        var random = new Random(42);
        var bearings = new HashSet<int>();

        for (var i = 0; i < 2_000; i++)
        {
            var near = ApproximateLocation.Near(exact, random);

            near.SRID.ShouldBe(4326);
            near.X.ShouldBeInRange(-180, 180);
            MetersBetween(exact, near).ShouldBeInRange(149, 451);
            bearings.Add((int)(Math.Atan2(near.X - exact.X, near.Y - exact.Y) * 2 / Math.PI + 2) % 4);
        }

        bearings.Count.ShouldBe(4, "offsets go every way, not one direction that could be subtracted");
    }
}
