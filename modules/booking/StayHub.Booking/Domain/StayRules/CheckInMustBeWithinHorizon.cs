using StayHub.Booking.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Domain.StayRules;

/// <summary>Check-in is no further ahead than the booking horizon (<c>Booking__MaxAdvance</c>).</summary>
internal sealed class CheckInMustBeWithinHorizon() : StayRule(BookingErrorCodes.TooFarAhead, ErrorKind.BadRequest, "Check-in is further ahead than bookings are taken.")
{
    public override ValueTask<bool> IsBrokenByAsync(StayRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(request.CheckIn.DayNumber - request.Today.DayNumber > (int)request.MaxAdvance.TotalDays);
}
