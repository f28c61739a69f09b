using FluentValidation;
using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;

namespace StayHub.Booking.Application.Bookings;

internal sealed class CreateBookingRequestValidator : AbstractValidator<CreateBookingRequest>
{
    public CreateBookingRequestValidator()
    {
        this.AddStayRules(x => x.ListingId, x => x.CheckIn, x => x.CheckOut, x => x.Guests);
        RuleFor(x => x.Message).MaximumLength(GuestBooking.MessageMaxLength);
    }
}
