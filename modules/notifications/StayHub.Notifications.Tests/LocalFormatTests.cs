using StayHub.Framework.Contracts;
using StayHub.Notifications.Domain;

namespace StayHub.Notifications.Tests;

public sealed class LocalFormatTests
{
    [Theory]
    [InlineData(28_000, "USD", "en", "$280.00")]
    [InlineData(123_456_789, "USD", "en", "$1,234,567.89")]
    [InlineData(5, "USD", "en", "$0.05")]
    [InlineData(28_000, "JPY", "en", "¥28,000")]
    [InlineData(12_500, "KWD", "en", "KWD\u00A012.500")]
    [InlineData(123_456, "EUR", "fr", "1\u202F234,56\u00A0€")]
    [InlineData(28_000, "JPY", "fr", "28\u202F000\u00A0¥")]
    [InlineData(123_456, "EUR", "es", "1.234,56\u00A0€")]
    [InlineData(-150, "GBP", "en", "-£1.50")]
    public void Amounts_follow_the_currencys_minor_units_and_the_languages_separators(long amount, string currency, string language, string expected) =>
        LocalFormat.Money(new Money(amount, currency), language).ShouldBe(expected);

    [Theory]
    [InlineData("en", "1 March 2027")]
    [InlineData("fr", "1er mars 2027")]
    [InlineData("es", "1 de marzo de 2027")]
    [InlineData("ja", "1 March 2027")]
    public void Dates_are_spelled_in_the_language_with_english_for_the_rest(string language, string expected) =>
        LocalFormat.Date(new DateOnly(2027, 3, 1), language).ShouldBe(expected);
}
