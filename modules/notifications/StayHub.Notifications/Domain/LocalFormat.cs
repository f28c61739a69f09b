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

    /// <summary>
    /// A calendar day as written in <paramref name="language"/>. Check-in and check-out are the listing's own calendar
    /// days (<see cref="DateOnly"/> all the way from booking): no instant, so no time zone can move them a day.
    /// </summary>
    public static string Date(DateOnly date, string language) => language switch
    {
        "fr" => $"{FrenchDay(date)} {FrenchMonths[date.Month - 1]} {date.Year}",
        "es" => $"{date.Day} de {SpanishMonths[date.Month - 1]} de {date.Year}",
        _ => $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}",
    };

    /// <summary>
    /// A stay's check-in to check-out as the language writes a span, sharing the month and year when both days have
    /// them: "1–5 March 2027", "du 1er au 5 mars 2027" (the catalog supplies "du"), "del 1 al 5 de marzo de 2027".
    /// </summary>
    public static string Dates(DateOnly from, DateOnly to, string language)
    {
        var sameYear = from.Year == to.Year;
        var sameMonth = sameYear && from.Month == to.Month;
        return language switch
        {
            "fr" => sameMonth ? $"{FrenchDay(from)} au {Date(to, language)}"
                : sameYear ? $"{FrenchDay(from)} {FrenchMonths[from.Month - 1]} au {Date(to, language)}"
                : $"{Date(from, language)} au {Date(to, language)}",
            "es" => sameMonth ? $"{from.Day} al {Date(to, language)}"
                : sameYear ? $"{from.Day} de {SpanishMonths[from.Month - 1]} al {Date(to, language)}"
                : $"{Date(from, language)} al {Date(to, language)}",
            _ => sameMonth ? $"{from.Day}–{Date(to, language)}"
                : sameYear ? $"{from.Day} {EnglishMonths[from.Month - 1]} – {Date(to, language)}"
                : $"{Date(from, language)} – {Date(to, language)}",
        };
    }

    private static string FrenchDay(DateOnly date) => date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);

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
