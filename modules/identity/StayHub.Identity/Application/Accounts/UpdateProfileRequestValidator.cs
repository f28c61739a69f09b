using FluentValidation;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Application.Accounts;

internal sealed class UpdateProfileRequestValidator : AbstractValidator<UpdateProfileRequest>
{
    public UpdateProfileRequestValidator()
    {
        RuleFor(x => x.DisplayName).ValidDisplayName();
        RuleFor(x => x.Bio).MaximumLength(AppUser.BioMaxLength);
        RuleFor(x => x.PhoneNumber)
            .Matches(@"^\+[1-9][0-9]{6,14}\z").WithMessage("Use international E.164 form, e.g. +14155550123.")
            .When(x => !string.IsNullOrWhiteSpace(x.PhoneNumber));
    }
}
