using StayHub.Booking.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Domain.StayRules;

/// <summary>At most the listing's maximum number of nights.</summary>
internal sealed class StayMustNotExceedMaximumNights() : StayRule(BookingErrorCodes.TooManyNights, ErrorKind.BadRequest, "The stay is longer than the listing's maximum.")
{
    public override ValueTask<bool> IsBrokenByAsync(StayRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(request.Nights > request.Listing.MaxNights);
}
