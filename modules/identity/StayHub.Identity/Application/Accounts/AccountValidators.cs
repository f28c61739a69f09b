using FluentValidation;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Application.Accounts;

internal sealed class RegisterRequestValidator : AbstractValidator<RegisterRequest>
{
    public RegisterRequestValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
        // The password policy itself (length, variety) is Identity's; this only bounds the input.
        RuleFor(x => x.Password).NotEmpty().MaximumLength(128);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(AppUser.DisplayNameMaxLength)
            .Must(n => n is null || n.Trim().Length > 0).WithMessage("'Display Name' must not be blank.");
    }
}

internal sealed class UpdateProfileRequestValidator : AbstractValidator<UpdateProfileRequest>
{
    public UpdateProfileRequestValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(AppUser.DisplayNameMaxLength)
            .Must(n => n is null || n.Trim().Length > 0).WithMessage("'Display Name' must not be blank.");
        RuleFor(x => x.Bio).MaximumLength(AppUser.BioMaxLength);
        RuleFor(x => x.PhoneNumber)
            .Matches(@"^\+[1-9][0-9]{6,14}\z").WithMessage("Use international E.164 form, e.g. +14155550123.")
            .When(x => !string.IsNullOrWhiteSpace(x.PhoneNumber));
    }
}
