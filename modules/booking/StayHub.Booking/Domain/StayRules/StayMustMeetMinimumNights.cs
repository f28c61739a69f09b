using StayHub.Booking.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Domain.StayRules;

/// <summary>At least the listing's minimum number of nights.</summary>
internal sealed class StayMustMeetMinimumNights() : StayRule(BookingErrorCodes.TooFewNights, ErrorKind.BadRequest, "The stay is shorter than the listing's minimum.")
{
    public override ValueTask<bool> IsBrokenByAsync(StayRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(request.Nights < request.Listing.MinNights);
}
