using FluentValidation.TestHelper;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Tests.Accounts;

public sealed class RegisterRequestValidatorTests
{
    private static readonly RegisterRequestValidator Validator = new();

    private static RegisterRequest Valid() => new("ada@example.test", "Quiet-Meadow-Lantern-42", "Ada Lovelace");

    [Fact]
    public void Valid_request_passes()
    {
        Validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData("@example.test")]
    [InlineData("ada@")]
    public void Invalid_email_fails_on_email_only(string email)
    {
        var result = Validator.TestValidate(Valid() with { Email = email });

        result.ShouldHaveValidationErrorFor(x => x.Email);
        result.ShouldNotHaveValidationErrorFor(x => x.Password);
        result.ShouldNotHaveValidationErrorFor(x => x.DisplayName);
    }

    [Fact]
    public void Email_of_256_characters_passes_and_257_fails()
    {
        var domain = "@example.test";
        Validator.TestValidate(Valid() with { Email = new string('a', 256 - domain.Length) + domain }).ShouldNotHaveValidationErrorFor(x => x.Email);
        Validator.TestValidate(Valid() with { Email = new string('a', 257 - domain.Length) + domain }).ShouldHaveValidationErrorFor(x => x.Email);
    }

    [Fact]
    public void Empty_password_fails()
    {
        Validator.TestValidate(Valid() with { Password = string.Empty }).ShouldHaveValidationErrorFor(x => x.Password);
    }

    [Fact]
    public void Password_of_128_characters_passes_and_129_fails()
    {
        Validator.TestValidate(Valid() with { Password = new string('p', 128) }).ShouldNotHaveValidationErrorFor(x => x.Password);
        Validator.TestValidate(Valid() with { Password = new string('p', 129) }).ShouldHaveValidationErrorFor(x => x.Password);
    }

    [Fact]
    public void Short_password_is_left_to_the_identity_policy()
    {
        // Length and variety are Identity's rules (reported on the same field by the account service).
        Validator.TestValidate(Valid() with { Password = "short" }).ShouldNotHaveValidationErrorFor(x => x.Password);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Empty_or_blank_display_name_fails(string displayName)
    {
        Validator.TestValidate(Valid() with { DisplayName = displayName }).ShouldHaveValidationErrorFor(x => x.DisplayName);
    }

    [Theory]
    [InlineData("Ada\u202Eecalevol")]
    [InlineData("\u2066Admin\u2069")]
    [InlineData("Ad\u200Bmin")]
    [InlineData("\uFEFFAdmin")]
    [InlineData("Admin\u200F")]
    public void Display_names_with_direction_overrides_or_zero_width_spaces_fail(string displayName)
    {
        Validator.TestValidate(Valid() with { DisplayName = displayName }).ShouldHaveValidationErrorFor(x => x.DisplayName);
    }

    [Theory]
    [InlineData("\u0645\u062D\u0645\u062F\u200C\u0631\u0636\u0627")]
    [InlineData("\U0001F468\u200D\U0001F373 Chef")]
    [InlineData("Zo\u00EB O'Brien-M\u00FCller")]
    public void Names_of_every_script_and_emoji_sequences_pass(string displayName)
    {
        Validator.TestValidate(Valid() with { DisplayName = displayName }).ShouldNotHaveValidationErrorFor(x => x.DisplayName);
    }

    [Fact]
    public void Display_name_of_100_characters_passes_and_101_fails()
    {
        Validator.TestValidate(Valid() with { DisplayName = new string('n', 100) }).ShouldNotHaveValidationErrorFor(x => x.DisplayName);
        Validator.TestValidate(Valid() with { DisplayName = new string('n', 101) }).ShouldHaveValidationErrorFor(x => x.DisplayName);
    }

    [Fact]
    public void Null_members_fail_without_throwing()
    {
        // JSON bodies with missing members bind to null despite the non-nullable declaration.
        var result = Validator.TestValidate(new RegisterRequest(null!, null!, null!));

        result.ShouldHaveValidationErrorFor(x => x.Email);
        result.ShouldHaveValidationErrorFor(x => x.Password);
        result.ShouldHaveValidationErrorFor(x => x.DisplayName);
    }
}
