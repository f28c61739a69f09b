using FluentValidation;
using StayHub.Framework.Domain;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;

namespace StayHub.Payments.Application;

internal sealed class PayRequestValidator : AbstractValidator<PayRequest>
{
    public PayRequestValidator() =>
        RuleFor(x => x.PaymentMethodId).NotEmpty().MaximumLength(255)
            .Matches("^pm_[A-Za-z0-9_]+$").WithMessage("paymentMethodId must be a payment method id such as 'pm_card_visa'.");
}

internal sealed class AdminRefundRequestValidator : AbstractValidator<AdminRefundRequest>
{
    public AdminRefundRequestValidator()
    {
        RuleFor(x => x.Amount).GreaterThan(0).When(x => x.Amount is not null);
        RuleFor(x => x.Reason).MaximumLength(Refund.ReasonMaxLength);
    }
}

internal sealed class PayoutAccountRequestValidator : AbstractValidator<PayoutAccountRequest>
{
    public PayoutAccountRequestValidator() =>
        RuleFor(x => x.AccountId).NotEmpty().MaximumLength(PayoutAccount.AccountIdMaxLength)
            .Matches("^acct_[A-Za-z0-9]+$").WithMessage("accountId must be a connected account id such as 'acct_1Nv0FGQ9RKHgCVdK'.");
}

internal sealed class AdminPaymentListQueryValidator : AbstractValidator<AdminPaymentListQuery>
{
    private static readonly IReadOnlyList<string> Statuses = EnumText.AllOf<PaymentStatus>();

    public AdminPaymentListQueryValidator()
    {
        RuleFor(x => x.Status).Must(s => s is null || Statuses.Contains(s)).WithMessage($"status must be one of: {string.Join(", ", Statuses)}.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Framework.Contracts.Paging.MaxPageSize).When(x => x.PageSize is not null);
    }
}
