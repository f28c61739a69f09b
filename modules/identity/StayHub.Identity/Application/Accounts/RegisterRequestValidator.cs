using FluentValidation;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Application.Accounts;

internal sealed class RegisterRequestValidator : AbstractValidator<RegisterRequest>
{
    public RegisterRequestValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
        // The password policy itself (length, variety) is Identity's; this only bounds the input.
        RuleFor(x => x.Password).NotEmpty().MaximumLength(128);
        RuleFor(x => x.DisplayName).ValidDisplayName();
    }
}
