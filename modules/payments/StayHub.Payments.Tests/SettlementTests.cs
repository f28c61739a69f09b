using CsCheck;
using StayHub.Payments.Domain;

namespace StayHub.Payments.Tests;

public sealed class SettlementTests
{
    [Fact]
    public void Payout_plus_fees_plus_refunds_is_the_capture_for_any_amounts()
    {
        var cases =
            from captured in Gen.Long[1, 10_000_000_000L]
            from refunded in Gen.Long[0, captured]
            from serviceFee in Gen.Long[0, captured]
            from hostFeePercent in Gen.Int[0, 100]
            select (captured, refunded, serviceFee, hostFeePercent);

        cases.Sample(c =>
        {
            var s = Settlement.Of(c.captured, c.refunded, c.serviceFee, c.hostFeePercent, step: 1);
            return s.Payout >= 0 && s.Fees >= 0
                && s.Payout + s.Fees + c.refunded == c.captured
                && s.Fees >= Math.Min(c.serviceFee, c.captured - c.refunded);
        }, iter: 20_000);
    }

    [Fact]
    public void In_a_three_decimal_currency_whole_steps_in_give_whole_steps_out()
    {
        // Every amount a KWD payment carries is a multiple of 10 fils (prices are validated, fees rounded so).
        var cases =
            from captured in Gen.Long[1, 1_000_000_000L].Select(a => a * 10)
            from refunded in Gen.Long[0, captured / 10].Select(a => a * 10)
            from serviceFee in Gen.Long[0, captured / 10].Select(a => a * 10)
            from hostFeePercent in Gen.Int[0, 100]
            select (captured, refunded, serviceFee, hostFeePercent);

        cases.Sample(c =>
        {
            var s = Settlement.Of(c.captured, c.refunded, c.serviceFee, c.hostFeePercent, step: 10);
            return s.Payout >= 0 && s.Fees >= 0 && s.Payout % 10 == 0 && s.Fees % 10 == 0
                && s.Payout + s.Fees + c.refunded == c.captured;
        }, iter: 20_000);
    }

    [Theory]
    // 2 nights × 100.00 + 50.00 cleaning + 12 % service fee (30.00) = 280.00; host fee 3 % of 250.00 = 7.50.
    [InlineData(28_000, 0, 3_000, 3, 24_250, 3_750)]
    // Everything refunded: nothing for anyone.
    [InlineData(28_000, 28_000, 3_000, 3, 0, 0)]
    // Only the cleaning fee (50.00) refunded: the service fee is kept first, the host's share is 200.00 less 3 %.
    [InlineData(28_000, 5_000, 3_000, 3, 19_400, 3_600)]
    // Less kept than the service fee: all of it is fees, the host gets nothing.
    [InlineData(28_000, 26_000, 3_000, 3, 0, 2_000)]
    // JPY (no minor digits): 3 % of 1,001 yen = 30.03 → 30 (half up rounds only at .5).
    [InlineData(1_121, 0, 120, 3, 971, 150)]
    // Half a minor unit rounds up: 10 % of 1,005 = 100.5 → 101.
    [InlineData(1_005, 0, 0, 10, 904, 101)]
    // KWD (step 10 fils): 3 % of 12.340 = 0.3702 → 0.370, and 3 % of 12.500 = 0.375 → 0.380 (half a step rounds up).
    [InlineData(13_820, 0, 1_480, 3, 11_970, 1_850, 10)]
    [InlineData(14_000, 0, 1_500, 3, 12_120, 1_880, 10)]
    public void Examples(long captured, long refunded, long serviceFee, int hostFeePercent, long payout, long fees, int step = 1)
    {
        var s = Settlement.Of(captured, refunded, serviceFee, hostFeePercent, step);

        s.ShouldBe(new Settlement(payout, fees));
    }

    [Fact]
    public void Refunding_more_than_was_captured_is_a_bug_not_a_settlement() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Settlement.Of(1_000, 1_001, 0, 3, step: 1));
}
