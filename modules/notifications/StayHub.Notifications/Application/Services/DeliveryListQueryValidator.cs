using FluentValidation;
using StayHub.Framework.Contracts;
using StayHub.Framework.Emailing;
using StayHub.Notifications.Contracts;

namespace StayHub.Notifications.Application.Services;

internal sealed class DeliveryListQueryValidator : AbstractValidator<DeliveryListQuery>
{
    public DeliveryListQueryValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize).When(q => q.PageSize is not null);
        RuleFor(q => q.Status).Must(s => EmailDeliveryStatuses.All.Contains(s!))
            .When(q => !string.IsNullOrWhiteSpace(q.Status))
            .WithMessage("Must be one of: pending, sent, failed, dead.");
    }
}
