using FluentValidation;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;

namespace StayHub.Booking.Application.Bookings;

internal sealed class QuoteRequestValidator : AbstractValidator<QuoteRequest>
{
    public QuoteRequestValidator() => this.AddStayRules(x => x.ListingId, x => x.CheckIn, x => x.CheckOut, x => x.Guests);
}
