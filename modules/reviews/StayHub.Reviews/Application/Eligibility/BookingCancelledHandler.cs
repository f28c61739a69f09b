using StayHub.Booking.Contracts;
using StayHub.Framework.Messaging;

namespace StayHub.Reviews.Application.Eligibility;

internal sealed class BookingCancelledHandler(ReviewableStays stays) : IIntegrationEventHandler<BookingCancelled>
{
    public Task HandleAsync(BookingCancelled e, CancellationToken cancellationToken) =>
        stays.RecordAsync(e.BookingId, e.ListingId, e.GuestId, e.HostId, BookingStatuses.Cancelled, e.OccurredAt, default, default, cancellationToken);
}
