using FluentValidation;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Application.Calendar;

internal sealed class CalendarQueryValidator : AbstractValidator<CalendarQuery>
{
    public CalendarQueryValidator()
    {
        RuleFor(x => x.From).NotNull();
        RuleFor(x => x.To).NotNull();
        RuleFor(x => x.To).Must((q, to) => to > q.From && to!.Value.DayNumber - q.From!.Value.DayNumber <= CalendarLimits.MaxDays)
            .When(q => q.From is not null && q.To is not null)
            .WithMessage($"'to' must be after 'from' and at most {CalendarLimits.MaxDays} days later.");
    }
}
