using FluentValidation.TestHelper;
using StayHub.Framework.Contracts;
using StayHub.Listings.Application.Calendar;
using StayHub.Listings.Application.Listings;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Tests.Domain;

public sealed class ListingRequestValidatorTests
{
    private static readonly ListingRequestValidator Validator = new();

    private static ListingRequest Valid() => new(
        "Flat", "Nice", "apartment", new AddressDto("Rua 1", "Lisbon", null, null, "PT"), new LocationDto(38.7, -9.1),
        4, 2, 2, 1, new Money(12_500, "EUR"), new Money(0, "EUR"), ["wifi"], 1, 365, false, "flexible", "00:00", "23:59", null);

    [Fact]
    public void A_valid_request_passes() => Validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Missing_numbers_are_reported_not_read_as_zero()
    {
        var result = Validator.TestValidate(Valid() with { MaxGuests = null, MinNights = null, InstantBook = null });

        result.ShouldHaveValidationErrorFor(x => x.MaxGuests);
        result.ShouldHaveValidationErrorFor(x => x.MinNights);
        result.ShouldHaveValidationErrorFor(x => x.InstantBook);
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("7:00")]
    [InlineData("15:00:00")]
    [InlineData("3pm")]
    public void Times_must_be_24_hour_hh_mm(string time) =>
        Validator.TestValidate(Valid() with { CheckInTime = time }).ShouldHaveValidationErrorFor(x => x.CheckInTime);

    [Fact]
    public void Zero_decimal_currencies_and_boundaries_pass() =>
        Validator.TestValidate(Valid() with
        {
            NightlyPrice = new Money(8_000, "JPY"),
            CleaningFee = new Money(2_000, "JPY"),
            Location = new LocationDto(-90, 180),
            MaxGuests = 50,
        }).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Calendar_ranges_must_be_ordered_and_at_most_366_days()
    {
        var validator = new CalendarQueryValidator();
        var from = new DateOnly(2027, 1, 1);

        validator.TestValidate(new CalendarQuery(from, from.AddDays(366))).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new CalendarQuery(from, from.AddDays(367))).ShouldHaveValidationErrorFor(x => x.To);
        validator.TestValidate(new CalendarQuery(from, from)).ShouldHaveValidationErrorFor(x => x.To);
        validator.TestValidate(new CalendarQuery(null, from)).ShouldHaveValidationErrorFor(x => x.From);
    }
}
