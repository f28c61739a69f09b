using StayHub.Booking.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Domain.StayRules;

/// <summary>Check-in is today or later.</summary>
internal sealed class CheckInMustNotBePast() : StayRule(BookingErrorCodes.InThePast, ErrorKind.BadRequest, "Check-in cannot be in the past.")
{
    public override ValueTask<bool> IsBrokenByAsync(StayRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(request.CheckIn < request.Today);
}
