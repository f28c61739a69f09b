using StayHub.Booking.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Domain.StayRules;

/// <summary>No more guests than the listing holds.</summary>
internal sealed class GuestsMustFitListing() : StayRule(BookingErrorCodes.TooManyGuests, ErrorKind.BadRequest, "The listing does not take that many guests.")
{
    public override ValueTask<bool> IsBrokenByAsync(StayRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(request.Guests > request.Listing.MaxGuests);
}
