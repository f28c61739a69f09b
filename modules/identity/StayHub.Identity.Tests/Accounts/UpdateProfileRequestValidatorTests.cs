using FluentValidation.TestHelper;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Tests.Accounts;

public sealed class UpdateProfileRequestValidatorTests
{
    private static readonly UpdateProfileRequestValidator Validator = new();

    private static UpdateProfileRequest Valid() => new("Ada Lovelace", "Mathematician.", "+14155550123");

    [Fact]
    public void Valid_request_passes()
    {
        Validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Optional_fields_may_be_null()
    {
        Validator.TestValidate(new UpdateProfileRequest("Ada", null, null)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_or_blank_display_name_fails(string displayName)
    {
        var result = Validator.TestValidate(Valid() with { DisplayName = displayName });

        result.ShouldHaveValidationErrorFor(x => x.DisplayName);
        result.ShouldNotHaveValidationErrorFor(x => x.Bio);
        result.ShouldNotHaveValidationErrorFor(x => x.PhoneNumber);
    }

    [Fact]
    public void Display_name_of_100_characters_passes_and_101_fails()
    {
        Validator.TestValidate(Valid() with { DisplayName = new string('n', 100) }).ShouldNotHaveValidationErrorFor(x => x.DisplayName);
        Validator.TestValidate(Valid() with { DisplayName = new string('n', 101) }).ShouldHaveValidationErrorFor(x => x.DisplayName);
    }

    [Fact]
    public void Bio_of_1000_characters_passes_and_1001_fails()
    {
        Validator.TestValidate(Valid() with { Bio = new string('b', 1000) }).ShouldNotHaveValidationErrorFor(x => x.Bio);
        Validator.TestValidate(Valid() with { Bio = new string('b', 1001) }).ShouldHaveValidationErrorFor(x => x.Bio);
    }

    [Theory]
    [InlineData("+14155550123")]
    [InlineData("+442071838750")]
    [InlineData("+4930123")]
    [InlineData("+123456789012345")]
    [InlineData("")]
    [InlineData("   ")]
    public void E164_or_empty_phone_passes(string phone)
    {
        Validator.TestValidate(Valid() with { PhoneNumber = phone }).ShouldNotHaveValidationErrorFor(x => x.PhoneNumber);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("14155550123")]
    [InlineData("+04155550123")]
    [InlineData("+1 415 555 0123")]
    [InlineData("+141555")]
    [InlineData("+1234567890123456")]
    [InlineData("+1415555012a")]
    public void Non_e164_phone_fails_with_a_helpful_message(string phone)
    {
        var result = Validator.TestValidate(Valid() with { PhoneNumber = phone });

        result.ShouldHaveValidationErrorFor(x => x.PhoneNumber).WithErrorMessage("Use international E.164 form, e.g. +14155550123.");
        result.ShouldNotHaveValidationErrorFor(x => x.DisplayName);
    }
}
