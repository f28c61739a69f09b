namespace StayHub.Framework.Contracts;

/// <summary>An amount of money in integer minor units of an ISO 4217 currency (USD 12500 = $125.00; JPY 500 = ¥500).</summary>
/// <param name="Amount">Amount in minor units of <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 alphabetic code, upper case.</param>
public sealed record Money(long Amount, string Currency);
