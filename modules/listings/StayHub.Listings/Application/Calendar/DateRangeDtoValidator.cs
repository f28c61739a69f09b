using FluentValidation;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Application.Calendar;

internal sealed class DateRangeDtoValidator : AbstractValidator<DateRangeDto>
{
    public DateRangeDtoValidator()
    {
        RuleFor(x => x.From).NotNull();
        RuleFor(x => x.To).NotNull();
        RuleFor(x => x.To).Must((r, to) => to > r.From && to!.Value.DayNumber - r.From!.Value.DayNumber <= CalendarLimits.MaxDays)
            .When(r => r.From is not null && r.To is not null)
            .WithMessage($"'to' must be after 'from' and at most {CalendarLimits.MaxDays} days later.");
    }
}
