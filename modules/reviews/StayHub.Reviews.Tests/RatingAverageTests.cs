using StayHub.Reviews.Contracts;

namespace StayHub.Reviews.Tests;

public sealed class RatingAverageTests
{
    [Theory]
    [InlineData(10, 3, "3.33")]
    [InlineData(11, 3, "3.67")]
    [InlineData(5, 2, "2.50")]
    [InlineData(7, 8, "0.88")] // 0.875: half away from zero, not to even
    [InlineData(21, 8, "2.63")] // 2.625
    [InlineData(5, 1, "5.00")]
    public void The_average_is_exact_from_integer_sums_rounded_half_away_from_zero_to_2_decimals(long sum, long count, string expected) =>
        RatingAverage.Of(sum, count).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void No_reviews_have_no_average() => RatingAverage.Of(0, 0).ShouldBeNull();
}
