using FluentValidation;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Application.EmailFlows;

internal sealed class ConfirmEmailRequestValidator : AbstractValidator<ConfirmEmailRequest>
{
    public ConfirmEmailRequestValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(x => x.Token).NotEmpty().MaximumLength(128);
    }
}
