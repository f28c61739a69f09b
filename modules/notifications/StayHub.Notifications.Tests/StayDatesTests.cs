using System.Text.Json;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Notifications.Domain;

namespace StayHub.Notifications.Tests;

/// <summary>
/// Check-in and check-out are the listing's calendar days: they travel as dates (never instants) from booking through
/// the outbox, and are written as the reader's language writes a span of days.
/// </summary>
public sealed class StayDatesTests
{
    // The outbox's serializer settings (the framework's IntegrationEventTypes: web defaults, internal to it).
    private static readonly JsonSerializerOptions OutboxJson = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("en", "1–5 March 2027")]
    [InlineData("fr", "1er au 5 mars 2027")]
    [InlineData("es", "1 al 5 de marzo de 2027")]
    [InlineData("ja", "1–5 March 2027")]
    public void A_stay_within_one_month_shares_the_month_and_year(string language, string expected) =>
        LocalFormat.Dates(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 5), language).ShouldBe(expected);

    [Theory]
    [InlineData("en", "30 March – 2 April 2027")]
    [InlineData("fr", "30 mars au 2 avril 2027")]
    [InlineData("es", "30 de marzo al 2 de abril de 2027")]
    public void A_stay_across_months_names_both_months(string language, string expected) =>
        LocalFormat.Dates(new DateOnly(2027, 3, 30), new DateOnly(2027, 4, 2), language).ShouldBe(expected);

    [Theory]
    [InlineData("en", "30 December 2026 – 2 January 2027")]
    [InlineData("fr", "30 décembre 2026 au 2 janvier 2027")]
    [InlineData("es", "30 de diciembre de 2026 al 2 de enero de 2027")]
    public void A_stay_across_new_year_names_both_years(string language, string expected) =>
        LocalFormat.Dates(new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 2), language).ShouldBe(expected);

    [Fact]
    public void The_first_of_the_month_is_premier_in_french_on_either_side()
    {
        LocalFormat.Dates(new DateOnly(2027, 2, 26), new DateOnly(2027, 3, 1), "fr").ShouldBe("26 février au 1er mars 2027");
        LocalFormat.Date(new DateOnly(2027, 3, 1), "fr").ShouldBe("1er mars 2027");
    }

    [Fact]
    public void Stay_days_cross_the_outbox_as_calendar_days_whatever_the_offset_of_the_event()
    {
        // Published at 23:30 on 31 March in Kiritimati (UTC+14) — already 1 April there, still 31 March in UTC — and
        // read where the offset is -12: an instant would land on another day somewhere; a date cannot.
        var published = new DateTimeOffset(2027, 3, 31, 23, 30, 0, TimeSpan.FromHours(14));
        var sent = new BookingRequested(Guid.NewGuid(), published, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            new DateOnly(2027, 3, 31), new DateOnly(2027, 4, 2), new Money(28_000, "USD"), InstantBook: true);

        var json = JsonSerializer.Serialize(sent, OutboxJson);
        json.ShouldContain("\"checkIn\":\"2027-03-31\"");
        json.ShouldContain("\"checkOut\":\"2027-04-02\"");
        var received = JsonSerializer.Deserialize<BookingRequested>(json, OutboxJson)!;

        received.CheckIn.ShouldBe(new DateOnly(2027, 3, 31));
        LocalFormat.Dates(received.CheckIn, received.CheckOut, "en").ShouldBe("31 March – 2 April 2027");
        LocalFormat.Dates(received.CheckIn, received.CheckOut, "fr").ShouldBe("31 mars au 2 avril 2027");
        LocalFormat.Dates(received.CheckIn, received.CheckOut, "es").ShouldBe("31 de marzo al 2 de abril de 2027");
    }
}
