using StayHub.Booking.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Domain.StayRules;

/// <summary>Hosts cannot book their own listing.</summary>
internal sealed class GuestMustNotBeHost() : StayRule(BookingErrorCodes.OwnListing, ErrorKind.BadRequest, "You cannot book your own listing.")
{
    public override ValueTask<bool> IsBrokenByAsync(StayRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(request.CallerId == request.Listing.HostId);
}
