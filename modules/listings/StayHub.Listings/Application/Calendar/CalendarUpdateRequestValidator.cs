using FluentValidation;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Application.Calendar;

internal sealed class CalendarUpdateRequestValidator : AbstractValidator<CalendarUpdateRequest>
{
    public CalendarUpdateRequestValidator()
    {
        RuleFor(x => x.Blocks).Must(r => r is null || r.Count <= CalendarLimits.MaxRanges).WithMessage($"At most {CalendarLimits.MaxRanges} ranges.");
        RuleFor(x => x.Unblocks).Must(r => r is null || r.Count <= CalendarLimits.MaxRanges).WithMessage($"At most {CalendarLimits.MaxRanges} ranges.");
        RuleFor(x => x.Prices).Must(r => r is null || r.Count <= CalendarLimits.MaxRanges).WithMessage($"At most {CalendarLimits.MaxRanges} ranges.");
        RuleForEach(x => x.Blocks).NotNull().SetValidator(new DateRangeDtoValidator());
        RuleForEach(x => x.Unblocks).NotNull().SetValidator(new DateRangeDtoValidator());
        RuleForEach(x => x.Prices).NotNull().ChildRules(p =>
        {
            p.RuleFor(x => x.From).NotNull();
            p.RuleFor(x => x.To).NotNull();
            p.RuleFor(x => x.To).Must((r, to) => to > r.From && to!.Value.DayNumber - r.From!.Value.DayNumber <= CalendarLimits.MaxDays)
                .When(r => r.From is not null && r.To is not null)
                .WithMessage($"'to' must be after 'from' and at most {CalendarLimits.MaxDays} days later.");
            p.RuleFor(x => x.Price!.Amount).InclusiveBetween(1, Listings.ListingRequestValidator.MaxAmount)
                .When(x => x.Price is not null).OverridePropertyName("Price.Amount");
        });
    }
}
