using StayHub.Framework.Contracts;

namespace StayHub.Booking.Domain;

/// <summary>
/// Prices a stay in integer minor units; no floating point anywhere, so every node and every retry gets the same cent.
/// Rounding rule: service fee = (nightsTotal + cleaningFee) × percent / 100, rounded half up to a whole minor unit
/// (e.g. 12 % of 1,004 = 120.48 → 120; 12 % of 1,005 = 120.6 → 121; 10 % of 1,005 = 100.5 → 101); in a
/// three-decimal currency to a whole step of 10 (<see cref="Currencies.AmountStep"/>), so the total stays chargeable.
/// </summary>
internal static class Pricing
{
    public static PriceBreakdown Quote(string currency, IReadOnlyList<long> nightlyPrices, long cleaningFee, int serviceFeePercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cleaningFee);
        ArgumentOutOfRangeException.ThrowIfNegative(serviceFeePercent);
        long nightsTotal = 0;
        foreach (var price in nightlyPrices)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(price, nameof(nightlyPrices));
            nightsTotal = checked(nightsTotal + price);
        }

        var serviceFee = MinorUnits.PercentOf(checked(nightsTotal + cleaningFee), serviceFeePercent, Currencies.AmountStep(currency));
        return new PriceBreakdown(currency, [.. nightlyPrices], nightsTotal, cleaningFee, serviceFee, checked(nightsTotal + cleaningFee + serviceFee));
    }
}
