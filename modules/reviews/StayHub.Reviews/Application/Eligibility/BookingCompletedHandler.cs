using StayHub.Booking.Contracts;
using StayHub.Framework.Messaging;

namespace StayHub.Reviews.Application.Eligibility;

internal sealed class BookingCompletedHandler(ReviewableStays stays) : IIntegrationEventHandler<BookingCompleted>
{
    public Task HandleAsync(BookingCompleted e, CancellationToken cancellationToken) =>
        stays.RecordAsync(e.BookingId, e.ListingId, e.GuestId, e.HostId, BookingStatuses.Completed, e.OccurredAt, e.CheckIn, e.CheckOut, cancellationToken);
}
