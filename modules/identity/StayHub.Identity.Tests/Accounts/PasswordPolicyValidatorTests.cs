using Microsoft.AspNetCore.Identity;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Tests.Accounts;

public sealed class PasswordPolicyValidatorTests
{
    private static readonly PasswordPolicyValidator Validator = new();

    // The validator never touches the manager; building a real one needs a store.
    private static Task<IdentityResult> ValidateAsync(string? password, string? email = "marigold.smith@example.test") =>
        Validator.ValidateAsync(null!, new AppUser { Email = email, UserName = email }, password);

    private static async Task ShouldBeRejectedAsync(string password, string? email = "marigold.smith@example.test")
    {
        var result = await ValidateAsync(password, email);
        result.Succeeded.ShouldBeFalse($"'{password}' should be rejected");
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("PasswordTooGuessable");
        // The code must start with "Password" so the account service reports it on the password field.
        error.Code.ShouldStartWith("Password");
        error.Description.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("Blue-Harbour-Lights-88")]
    [InlineData("correct horse battery staple")]
    [InlineData("Quiet-Meadow-Lantern-42")]
    public async Task Good_passphrase_is_accepted(string password)
    {
        (await ValidateAsync(password)).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("marigold.smith-2026")]
    [InlineData("MY-MARIGOLD.SMITH!")]
    [InlineData("xx-Marigold.Smith-xx")]
    public async Task Password_containing_the_email_local_part_is_rejected(string password)
    {
        await ShouldBeRejectedAsync(password);
    }

    [Fact]
    public async Task Very_short_local_part_is_not_matched()
    {
        // A 2-letter local part would ban too many passwords; only 3 or more characters count.
        (await ValidateAsync("Blue-ab-Harbour-Lights", "ab@example.test")).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Three_letter_local_part_is_matched()
    {
        await ShouldBeRejectedAsync("Blue-Bob-Harbour-Lights", "bob@example.test");
    }

    [Fact]
    public async Task User_without_an_email_is_only_checked_against_common_words()
    {
        (await ValidateAsync("Blue-Harbour-Lights-88", email: null)).Succeeded.ShouldBeTrue();
        await ShouldBeRejectedAsync("Password123", email: null);
    }

    [Theory]
    [InlineData("Password123")]
    [InlineData("password!!")]
    [InlineData("PASSW0RD2026")]
    [InlineData("StayHub2026!")]
    [InlineData("qwerty12345")]
    [InlineData("letmein!!!!")]
    [InlineData("1234567890")]
    public async Task Common_word_password_is_rejected(string password)
    {
        await ShouldBeRejectedAsync(password);
    }

    [Fact]
    public async Task Common_word_followed_by_enough_other_characters_is_accepted()
    {
        // Length over composition: a long phrase that merely starts with a common word is fine.
        (await ValidateAsync("password-of-the-blue-harbour")).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Empty_password_is_left_to_identity(string? password)
    {
        (await ValidateAsync(password)).Succeeded.ShouldBeTrue();
    }
}
