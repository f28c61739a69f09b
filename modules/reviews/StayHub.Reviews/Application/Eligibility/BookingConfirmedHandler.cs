using StayHub.Booking.Contracts;
using StayHub.Framework.Messaging;

namespace StayHub.Reviews.Application.Eligibility;

internal sealed class BookingConfirmedHandler(ReviewableStays stays) : IIntegrationEventHandler<BookingConfirmed>
{
    public Task HandleAsync(BookingConfirmed e, CancellationToken cancellationToken) =>
        stays.RecordAsync(e.BookingId, e.ListingId, e.GuestId, e.HostId, BookingStatuses.Confirmed, e.OccurredAt, e.CheckIn, e.CheckOut, cancellationToken);
}
