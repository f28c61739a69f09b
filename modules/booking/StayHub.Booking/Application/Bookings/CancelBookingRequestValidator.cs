using System.Linq.Expressions;
using FluentValidation;
using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;
using StayHub.Framework.Contracts;

namespace StayHub.Booking.Application.Bookings;

internal sealed class CancelBookingRequestValidator : AbstractValidator<CancelBookingRequest>
{
    public CancelBookingRequestValidator() => RuleFor(x => x.Reason).MaximumLength(GuestBooking.ReasonMaxLength);
}
