using FluentValidation;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Application.EmailFlows;

internal sealed class ResetPasswordRequestValidator : AbstractValidator<ResetPasswordRequest>
{
    public ResetPasswordRequestValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(x => x.Token).NotEmpty().MaximumLength(128);
        // The password policy itself is Identity's, checked against the account; this only bounds the input.
        RuleFor(x => x.NewPassword).NotEmpty().MaximumLength(128);
    }
}
