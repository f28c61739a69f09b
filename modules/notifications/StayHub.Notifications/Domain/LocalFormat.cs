using System.Globalization;
using System.Text;
using StayHub.Framework.Contracts;

namespace StayHub.Notifications.Domain;

/// <summary>
/// Money and dates as a reader of each language expects them. The host runs with invariant globalization (no ICU
/// culture data), so the few rules needed are spelled out here: separators, symbol placement, month names.
/// Amounts are integer minor units: the currency's digits (USD 2, JPY 0, KWD 3) decide where the point goes.
/// </summary>
internal static class LocalFormat
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["USD"] = "$", ["EUR"] = "€", ["GBP"] = "£", ["JPY"] = "¥",
    };

    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] FrenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] SpanishMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string Money(Money money, string language)
    {
        var digits = Currencies.IsSupported(money.Currency) ? Currencies.MinorUnits(money.Currency) : 2;
        var scale = (long)Math.Pow(10, digits);
        var magnitude = Math.Abs(money.Amount);
        var (group, point) = language switch
        {
            "fr" => ("\u202F", ","),
            "es" => (".", ","),
            _ => (",", "."),
        };
        var number = new StringBuilder(Group((magnitude / scale).ToString(CultureInfo.InvariantCulture), group));
        if (digits > 0)
        {
            number.Append(point).Append((magnitude % scale).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0'));
        }

        var sign = money.Amount < 0 ? "-" : string.Empty;
        var symbol = Symbols.GetValueOrDefault(money.Currency);
        return language is "fr" or "es"
            ? $"{sign}{number}\u00A0{symbol ?? money.Currency}"
            : symbol is null ? $"{sign}{money.Currency}\u00A0{number}" : $"{sign}{symbol}{number}";
    }

    public static string Date(DateOnly date, string language) => language switch
    {
        "fr" => $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {FrenchMonths[date.Month - 1]} {date.Year}",
        "es" => $"{date.Day} de {SpanishMonths[date.Month - 1]} de {date.Year}",
        _ => $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}",
    };

    public static string Dates(DateOnly from, DateOnly to, string language) => $"{Date(from, language)} – {Date(to, language)}";

    private static string Group(string digits, string separator)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                builder.Append(separator);
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }
}
