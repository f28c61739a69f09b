using FluentValidation.TestHelper;
using StayHub.Identity.Application.EmailFlows;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Tests.EmailFlows;

public sealed class EmailFlowValidatorTests
{
    private const string Token = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c";

    [Fact]
    public void Valid_requests_pass()
    {
        new ForgotPasswordRequestValidator().TestValidate(new ForgotPasswordRequest("ada@example.test")).ShouldNotHaveAnyValidationErrors();
        new ResendConfirmationRequestValidator().TestValidate(new ResendConfirmationRequest("ada@example.test")).ShouldNotHaveAnyValidationErrors();
        new ConfirmEmailRequestValidator().TestValidate(new ConfirmEmailRequest("ada@example.test", Token)).ShouldNotHaveAnyValidationErrors();
        new ResetPasswordRequestValidator().TestValidate(new ResetPasswordRequest("ada@example.test", Token, "Quiet-Meadow-Lantern-42")).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    public void Bad_email_fails_on_email(string email)
    {
        new ForgotPasswordRequestValidator().TestValidate(new ForgotPasswordRequest(email)).ShouldHaveValidationErrorFor(x => x.Email);
        new ConfirmEmailRequestValidator().TestValidate(new ConfirmEmailRequest(email, Token)).ShouldHaveValidationErrorFor(x => x.Email);
    }

    [Fact]
    public void Empty_or_oversized_token_and_password_fail_on_their_fields()
    {
        var validator = new ResetPasswordRequestValidator();

        var empty = validator.TestValidate(new ResetPasswordRequest("ada@example.test", string.Empty, string.Empty));
        empty.ShouldHaveValidationErrorFor(x => x.Token);
        empty.ShouldHaveValidationErrorFor(x => x.NewPassword);
        empty.ShouldNotHaveValidationErrorFor(x => x.Email);

        var huge = validator.TestValidate(new ResetPasswordRequest("ada@example.test", new string('a', 129), new string('p', 129)));
        huge.ShouldHaveValidationErrorFor(x => x.Token);
        huge.ShouldHaveValidationErrorFor(x => x.NewPassword);
    }

    [Theory]
    [InlineData("2.00:00:00", "2 days")]
    [InlineData("1.00:00:00", "1 day")]
    [InlineData("01:00:00", "1 hour")]
    [InlineData("03:00:00", "3 hours")]
    [InlineData("00:30:00", "30 minutes")]
    [InlineData("01:30:00", "90 minutes")]
    [InlineData("00:00:20", "1 minute")]
    public void Lifetimes_read_naturally_in_emails(string lifetime, string expected) =>
        AccountMailer.Describe(TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
}
