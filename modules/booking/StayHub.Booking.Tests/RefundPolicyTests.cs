using StayHub.Booking.Domain;
using StayHub.Framework.Contracts;
using StayHub.Listings.Contracts;

namespace StayHub.Booking.Tests;

public sealed class RefundPolicyTests
{
    private static readonly DateTimeOffset CheckIn = new(2027, 6, 10, 15, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    // 3 nights × 100.00 + 50.00 cleaning + 42.00 service fee.
    private static readonly PriceBreakdown Price = Pricing.Quote("USD", [10_000, 10_000, 10_001], 5_000, 12);

    public static TheoryData<string, TimeSpan, long> GuestBoundaries()
    {
        var full = Price.Total;
        var cleaningOnly = Price.CleaningFee;
        var strictHalf = MinorUnits.PercentOf(Price.NightsTotal, 50) + Price.CleaningFee;
        return new TheoryData<string, TimeSpan, long>
        {
            { CancellationPolicies.Flexible, TimeSpan.FromHours(24) + Tick, full },
            { CancellationPolicies.Flexible, TimeSpan.FromHours(24), full },
            { CancellationPolicies.Flexible, TimeSpan.FromHours(24) - Tick, cleaningOnly },
            { CancellationPolicies.Moderate, TimeSpan.FromDays(5) + Tick, full },
            { CancellationPolicies.Moderate, TimeSpan.FromDays(5), full },
            { CancellationPolicies.Moderate, TimeSpan.FromDays(5) - Tick, cleaningOnly },
            { CancellationPolicies.Strict, TimeSpan.FromDays(7) + Tick, strictHalf },
            { CancellationPolicies.Strict, TimeSpan.FromDays(7), strictHalf },
            { CancellationPolicies.Strict, TimeSpan.FromDays(7) - Tick, cleaningOnly },
            { CancellationPolicies.Flexible, Tick, cleaningOnly },
            { CancellationPolicies.Flexible, TimeSpan.Zero, 0 },
            { CancellationPolicies.Moderate, -TimeSpan.FromHours(1), 0 },
            { CancellationPolicies.Strict, -Tick, 0 },
        };
    }

    [Theory]
    [MemberData(nameof(GuestBoundaries))]
    public void Guest_refund_follows_the_policy_just_before_and_after_each_deadline(string policy, TimeSpan beforeCheckIn, long expected) =>
        RefundPolicy.Refund(policy, Price, CheckIn, CheckIn - beforeCheckIn, byGuest: true, paid: true).ShouldBe(expected);

    [Fact]
    public void Strict_half_rounds_half_up_and_keeps_the_service_fee() =>
        // Nights total 30,001 → half is 15,000.5 → 15,001; plus cleaning 5,000.
        RefundPolicy.Refund(CancellationPolicies.Strict, Price, CheckIn, CheckIn - TimeSpan.FromDays(30), byGuest: true, paid: true).ShouldBe(20_001);

    [Theory]
    [InlineData(CancellationPolicies.Flexible)]
    [InlineData(CancellationPolicies.Moderate)]
    [InlineData(CancellationPolicies.Strict)]
    public void Host_cancellation_always_refunds_everything(string policy)
    {
        foreach (var offset in new[] { TimeSpan.FromDays(30), TimeSpan.FromHours(1), TimeSpan.Zero, -TimeSpan.FromDays(1) })
        {
            RefundPolicy.Refund(policy, Price, CheckIn, CheckIn - offset, byGuest: false, paid: true).ShouldBe(Price.Total);
        }
    }

    [Fact]
    public void Nothing_paid_nothing_refunded()
    {
        RefundPolicy.Refund(CancellationPolicies.Flexible, Price, CheckIn, CheckIn - TimeSpan.FromDays(30), byGuest: true, paid: false).ShouldBe(0);
        RefundPolicy.Refund(CancellationPolicies.Flexible, Price, CheckIn, CheckIn - TimeSpan.FromDays(30), byGuest: false, paid: false).ShouldBe(0);
    }

    [Fact]
    public void Unknown_policy_is_a_programming_error() =>
        Should.Throw<ArgumentOutOfRangeException>(() => RefundPolicy.Refund("lenient", Price, CheckIn, CheckIn - TimeSpan.FromDays(30), byGuest: true, paid: true));
}
