using FluentValidation;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Application.EmailFlows;

// Only shape checks here: whether the email has an account or the token is good is answered by the service, alike for all.
internal sealed class ForgotPasswordRequestValidator : AbstractValidator<ForgotPasswordRequest>
{
    public ForgotPasswordRequestValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
    }
}
