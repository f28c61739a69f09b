using FluentValidation;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;

namespace StayHub.Payments.Application;

internal sealed class AdminRefundRequestValidator : AbstractValidator<AdminRefundRequest>
{
    public AdminRefundRequestValidator()
    {
        RuleFor(x => x.Amount).GreaterThan(0).When(x => x.Amount is not null);
        RuleFor(x => x.Reason).MaximumLength(Refund.ReasonMaxLength);
    }
}
