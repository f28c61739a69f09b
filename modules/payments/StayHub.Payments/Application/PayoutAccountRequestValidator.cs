using FluentValidation;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;

namespace StayHub.Payments.Application;

internal sealed class PayoutAccountRequestValidator : AbstractValidator<PayoutAccountRequest>
{
    public PayoutAccountRequestValidator() =>
        RuleFor(x => x.AccountId).NotEmpty().MaximumLength(PayoutAccount.AccountIdMaxLength)
            .Matches("^acct_[A-Za-z0-9]+$").WithMessage("accountId must be a connected account id such as 'acct_1Nv0FGQ9RKHgCVdK'.");
}
