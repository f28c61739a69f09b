namespace StayHub.Framework.Contracts;

/// <summary>An amount of money in integer minor units of an ISO 4217 currency (USD 12500 = $125.00; JPY 500 = ¥500).</summary>
/// <param name="Amount">Amount in minor units of <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 alphabetic code, upper case.</param>
public sealed record Money(long Amount, string Currency);

/// <summary>Integer arithmetic on minor units; money never touches floating point.</summary>
public static class MinorUnits
{
    /// <summary>
    /// <paramref name="amount"/> × <paramref name="percent"/> / 100, rounded half up to a whole minor unit
    /// (12 % of 1,004 = 120.48 → 120; 10 % of 1,005 = 100.5 → 101). Amounts are never negative.
    /// </summary>
    public static long PercentOf(long amount, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        return checked((amount * percent) + 50) / 100;
    }
}
