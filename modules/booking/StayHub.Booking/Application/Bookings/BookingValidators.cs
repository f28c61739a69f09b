using FluentValidation;
using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;
using StayHub.Framework.Contracts;

namespace StayHub.Booking.Application.Bookings;

internal static class StayRules
{
    /// <summary>A sanity cap far above any listing's maximum; the listing's own min/max nights apply after it.</summary>
    public const int MaxNights = 365;

    public const int MaxGuests = 50;
}

internal sealed class QuoteRequestValidator : AbstractValidator<QuoteRequest>
{
    public QuoteRequestValidator()
    {
        RuleFor(x => x.ListingId).NotEmpty();
        RuleFor(x => x.CheckIn).NotEmpty();
        RuleFor(x => x.CheckOut).GreaterThan(x => x.CheckIn).WithMessage("checkOut must be after checkIn.");
        RuleFor(x => x).Must(x => x.CheckOut.DayNumber - x.CheckIn.DayNumber <= StayRules.MaxNights)
            .OverridePropertyName("checkOut").WithMessage($"A stay is at most {StayRules.MaxNights} nights.");
        RuleFor(x => x.Guests).InclusiveBetween(1, StayRules.MaxGuests);
    }
}

internal sealed class CreateBookingRequestValidator : AbstractValidator<CreateBookingRequest>
{
    public CreateBookingRequestValidator()
    {
        RuleFor(x => x.ListingId).NotEmpty();
        RuleFor(x => x.CheckIn).NotEmpty();
        RuleFor(x => x.CheckOut).GreaterThan(x => x.CheckIn).WithMessage("checkOut must be after checkIn.");
        RuleFor(x => x).Must(x => x.CheckOut.DayNumber - x.CheckIn.DayNumber <= StayRules.MaxNights)
            .OverridePropertyName("checkOut").WithMessage($"A stay is at most {StayRules.MaxNights} nights.");
        RuleFor(x => x.Guests).InclusiveBetween(1, StayRules.MaxGuests);
        RuleFor(x => x.Message).MaximumLength(Stay.MessageMaxLength);
    }
}

internal sealed class CancelBookingRequestValidator : AbstractValidator<CancelBookingRequest>
{
    public CancelBookingRequestValidator() => RuleFor(x => x.Reason).MaximumLength(Stay.ReasonMaxLength);
}

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

internal sealed class AdminBookingListQueryValidator : AbstractValidator<AdminBookingListQuery>
{
    public AdminBookingListQueryValidator()
    {
        RuleFor(x => x.Status).Must(s => s is null || BookingStatuses.All.Contains(s)).WithMessage($"status must be one of: {string.Join(", ", BookingStatuses.All)}.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Cursor).MaximumLength(512);
    }
}
