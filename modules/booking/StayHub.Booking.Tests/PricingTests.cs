using StayHub.Booking.Domain;
using StayHub.Framework.Contracts;

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
        MinorUnits.PercentOf(subtotal, percent).ShouldBe(expected);

    [Theory]
    [InlineData(1_040, 12, 120)]  // 124.8 → 120 (nearest whole step of 10)
    [InlineData(1_250, 12, 150)]  // 150 exactly
    [InlineData(1_000, 12, 120)]
    [InlineData(1_040, 5, 50)]    // 52 → 50
    [InlineData(1_100, 5, 60)]    // 55, half a step → up
    [InlineData(10, 12, 0)]       // 1.2 → 0
    public void In_steps_of_ten_the_fee_rounds_half_up_to_a_whole_step(long subtotal, int percent, long expected) =>
        MinorUnits.PercentOf(subtotal, percent, step: 10).ShouldBe(expected);

    [Fact]
    public void Three_decimal_currencies_price_in_whole_hundredths_so_the_total_is_chargeable()
    {
        // 2 × KWD 35.250 + KWD 10.000 cleaning = 80.500; 12 % = 9.660 exactly; at 7 %: 5.635 → 5.640.
        var price = Pricing.Quote("KWD", [35_250, 35_250], 10_000, 12);
        price.ServiceFee.ShouldBe(9_660);
        price.Total.ShouldBe(90_160);

        var odd = Pricing.Quote("KWD", [35_250, 35_250], 10_000, 7);
        odd.ServiceFee.ShouldBe(5_640);
        (odd.Total % 10).ShouldBe(0);
    }

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
