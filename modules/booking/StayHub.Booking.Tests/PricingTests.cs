using StayHub.Booking.Domain;

namespace StayHub.Booking.Tests;

public sealed class PricingTests
{
    [Fact]
    public void Sums_nights_cleaning_and_service_fee_in_minor_units()
    {
        var price = Pricing.Quote("USD", [10_000, 12_000, 10_000], 5_000, 12);

        price.Nights.ShouldBe(3);
        price.NightsTotal.ShouldBe(32_000);
        price.CleaningFee.ShouldBe(5_000);
        price.ServiceFee.ShouldBe(4_440); // 12 % of 37,000
        price.Total.ShouldBe(41_440);
        price.NightlyPrices.ShouldBe([10_000, 12_000, 10_000]);
    }

    [Theory]
    [InlineData(1_004, 12, 120)] // 120.48 → down
    [InlineData(1_005, 12, 121)] // 120.60 → up
    [InlineData(1_005, 10, 101)] // 100.5 exactly → half up
    [InlineData(1_015, 10, 102)] // 101.5 → half up
    [InlineData(1, 12, 0)]       // 0.12 → 0
    [InlineData(5, 10, 1)]       // 0.5 → 1
    [InlineData(0, 12, 0)]
    [InlineData(12_345, 0, 0)]
    [InlineData(12_345, 100, 12_345)]
    public void Service_fee_rounds_half_up(long subtotal, int percent, long expected) =>
        Pricing.PercentOf(subtotal, percent).ShouldBe(expected);

    [Fact]
    public void Zero_decimal_currencies_use_the_same_integer_rule()
    {
        var price = Pricing.Quote("JPY", [8_333, 8_333], 0, 12);

        price.ServiceFee.ShouldBe(2_000); // 12 % of 16,666 = 1,999.92 → 2,000
        price.Total.ShouldBe(18_666);
    }

    [Fact]
    public void Negative_amounts_are_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Pricing.Quote("USD", [-1], 0, 12));

    [Fact]
    public void Overflow_is_an_error_not_a_wrap() =>
        Should.Throw<OverflowException>(() => Pricing.Quote("USD", [long.MaxValue, 1], 0, 12));
}
