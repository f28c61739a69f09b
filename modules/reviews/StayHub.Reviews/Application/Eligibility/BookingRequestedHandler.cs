using StayHub.Booking.Contracts;
using StayHub.Framework.Messaging;

namespace StayHub.Reviews.Application.Eligibility;

internal sealed class BookingRequestedHandler(ReviewableStays stays) : IIntegrationEventHandler<BookingRequested>
{
    public Task HandleAsync(BookingRequested e, CancellationToken cancellationToken) =>
        stays.RecordAsync(e.BookingId, e.ListingId, e.GuestId, e.HostId, BookingStatuses.Pending, e.OccurredAt, e.CheckIn, e.CheckOut, cancellationToken);
}
