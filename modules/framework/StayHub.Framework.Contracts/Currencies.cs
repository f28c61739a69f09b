using System.Collections.Frozen;

namespace StayHub.Framework.Contracts;

/// <summary>The ISO 4217 currencies StayHub accepts, with their minor units (USD 2, JPY 0, KWD 3).</summary>
public static class Currencies
{
    private static readonly FrozenDictionary<string, int> MinorUnitsByCode = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["AED"] = 2, ["ARS"] = 2, ["AUD"] = 2, ["BGN"] = 2, ["BHD"] = 3, ["BRL"] = 2, ["CAD"] = 2, ["CHF"] = 2,
        ["CLP"] = 0, ["CNY"] = 2, ["COP"] = 2, ["CZK"] = 2, ["DKK"] = 2, ["EGP"] = 2, ["EUR"] = 2, ["GBP"] = 2,
        ["HKD"] = 2, ["HUF"] = 2, ["IDR"] = 2, ["ILS"] = 2, ["INR"] = 2, ["ISK"] = 0, ["JOD"] = 3, ["JPY"] = 0,
        ["KRW"] = 0, ["KWD"] = 3, ["MAD"] = 2, ["MXN"] = 2, ["MYR"] = 2, ["NOK"] = 2, ["NZD"] = 2, ["OMR"] = 3,
        ["PEN"] = 2, ["PHP"] = 2, ["PLN"] = 2, ["QAR"] = 2, ["RON"] = 2, ["SAR"] = 2, ["SEK"] = 2, ["SGD"] = 2,
        ["THB"] = 2, ["TND"] = 3, ["TRY"] = 2, ["TWD"] = 2, ["UAH"] = 2, ["USD"] = 2, ["VND"] = 0, ["ZAR"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>All accepted codes, upper case.</summary>
    public static IEnumerable<string> Codes => MinorUnitsByCode.Keys;

    /// <summary>Whether <paramref name="code"/> is an accepted ISO 4217 code (exact, upper case).</summary>
    public static bool IsSupported(string? code) => code is not null && MinorUnitsByCode.ContainsKey(code);

    /// <summary>
    /// The step, in minor units, that amounts in <paramref name="code"/> move in: 10 for the three-decimal currencies
    /// (KWD, BHD, JOD, OMR, TND), whose amounts card networks and Stripe take only in whole hundredths (the last digit
    /// must be 0), otherwise 1. Prices must be whole steps and every computed amount is rounded to one, so a charge,
    /// refund or transfer is never refused for its last digit.
    /// </summary>
    /// <exception cref="ArgumentException">The currency is not supported.</exception>
    public static int AmountStep(string code) => MinorUnits(code) == 3 ? 10 : 1;

    /// <summary>Digits after the decimal point for <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException">The currency is not supported.</exception>
    public static int MinorUnits(string code) =>
        MinorUnitsByCode.TryGetValue(code, out var units) ? units : throw new ArgumentException($"Unsupported currency '{code}'.", nameof(code));
}
