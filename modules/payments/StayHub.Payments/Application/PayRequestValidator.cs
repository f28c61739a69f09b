using FluentValidation;
using StayHub.Payments.Contracts;

namespace StayHub.Payments.Application;

internal sealed class PayRequestValidator : AbstractValidator<PayRequest>
{
    public PayRequestValidator() =>
        RuleFor(x => x.PaymentMethodId).NotEmpty().MaximumLength(255)
            .Matches("^pm_[A-Za-z0-9_]+$").WithMessage("paymentMethodId must be a payment method id such as 'pm_card_visa'.");
}
