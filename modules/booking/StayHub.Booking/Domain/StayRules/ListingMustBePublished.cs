using StayHub.Booking.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Domain.StayRules;

/// <summary>Only a published listing takes bookings.</summary>
internal sealed class ListingMustBePublished() : StayRule(BookingErrorCodes.ListingUnavailable, ErrorKind.Conflict, "This listing cannot be booked now.")
{
    public override ValueTask<bool> IsBrokenByAsync(StayRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(!request.Listing.Published);
}
