using FluentValidation.TestHelper;
using StayHub.Identity.Application.Users;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Tests.Users;

public sealed class LockUserRequestValidatorTests
{
    private static readonly LockUserRequestValidator Validator = new();

    [Fact]
    public void A_reason_of_1_to_500_characters_passes()
    {
        Validator.TestValidate(new LockUserRequest(null, "x")).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(new LockUserRequest(DateTimeOffset.UtcNow.AddDays(1), new string('r', 500))).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_reason_fails(string reason)
    {
        Validator.TestValidate(new LockUserRequest(null, reason)).ShouldHaveValidationErrorFor(x => x.Reason);
    }

    [Fact]
    public void A_reason_over_500_characters_fails()
    {
        Validator.TestValidate(new LockUserRequest(null, new string('r', 501))).ShouldHaveValidationErrorFor(x => x.Reason);
    }
}
