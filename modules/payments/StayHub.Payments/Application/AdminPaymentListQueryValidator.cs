using FluentValidation;
using StayHub.Framework.Domain;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;

namespace StayHub.Payments.Application;

internal sealed class AdminPaymentListQueryValidator : AbstractValidator<AdminPaymentListQuery>
{
    private static readonly IReadOnlyList<string> Statuses = EnumText.AllOf<PaymentStatus>();

    public AdminPaymentListQueryValidator()
    {
        RuleFor(x => x.Status).Must(s => s is null || Statuses.Contains(s)).WithMessage($"status must be one of: {string.Join(", ", Statuses)}.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Framework.Contracts.Paging.MaxPageSize).When(x => x.PageSize is not null);
    }
}
