using FluentValidation;
using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;

namespace StayHub.Booking.Application.Bookings;

internal sealed class CancelBookingRequestValidator : AbstractValidator<CancelBookingRequest>
{
    public CancelBookingRequestValidator() => RuleFor(x => x.Reason).MaximumLength(GuestBooking.ReasonMaxLength);
}
