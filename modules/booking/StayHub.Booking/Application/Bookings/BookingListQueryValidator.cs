using FluentValidation;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;

namespace StayHub.Booking.Application.Bookings;

internal sealed class BookingListQueryValidator : AbstractValidator<BookingListQuery>
{
    public BookingListQueryValidator()
    {
        RuleFor(x => x.As).Must(a => a is null or BookingListService.AsGuest or BookingListService.AsHost).WithMessage("as must be guest or host.");
        RuleFor(x => x.Status).Must(s => s is null || BookingStatuses.All.Contains(s)).WithMessage($"status must be one of: {string.Join(", ", BookingStatuses.All)}.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Cursor).MaximumLength(512);
    }
}
