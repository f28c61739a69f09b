using FluentValidation;
using StayHub.Framework.Contracts;
using StayHub.Notifications.Contracts;

namespace StayHub.Notifications.Application.Services;

internal sealed class NotificationListQueryValidator : AbstractValidator<NotificationListQuery>
{
    public NotificationListQueryValidator() =>
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize).When(q => q.PageSize is not null);
}
