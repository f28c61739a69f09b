namespace StayHub.Framework.Contracts;

/// <summary>Integer arithmetic on minor units; money never touches floating point.</summary>
public static class MinorUnits
{
    /// <summary>
    /// <paramref name="amount"/> × <paramref name="percent"/> / 100, rounded half up to a whole multiple of
    /// <paramref name="step"/> minor units (step 1: 12 % of 1,004 = 120.48 → 120; 10 % of 1,005 = 100.5 → 101;
    /// step 10, see <see cref="Currencies.AmountStep"/>: 12 % of 1,250 = 150; 12 % of 1,040 = 124.8 → 120).
    /// Amounts are never negative.
    /// </summary>
    public static long PercentOf(long amount, int percent, int step = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        var hundredSteps = 100L * step;
        return checked((amount * percent) + (hundredSteps / 2)) / hundredSteps * step;
    }
}
