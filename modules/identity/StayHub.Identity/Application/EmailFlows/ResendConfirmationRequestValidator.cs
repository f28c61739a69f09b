using FluentValidation;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Application.EmailFlows;

internal sealed class ResendConfirmationRequestValidator : AbstractValidator<ResendConfirmationRequest>
{
    public ResendConfirmationRequestValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
    }
}
