using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Booking.Contracts;

/// <summary>
/// Booking a stay, for guests and the hosts of the booked listings: price it, book it, read bookings, answer a
/// request, cancel. Someone else's booking is 404, never 403.
/// </summary>
[ApplicationService("api/bookings", Tag = "Bookings")]
public interface IBookingAppService : IApplicationService
{
    /// <summary>Price a stay (nights, cleaning fee, service fee, total in minor units) and say whether it can be booked.</summary>
    [Anonymous]
    [ProducesErrors(404)]
    Task<QuoteDto> QuoteBookingAsync(QuoteRequest request, CancellationToken cancellationToken);

    /// <summary>Request a booking: 201 pending, holding the dates; 409 booking.dates_unavailable when any night is taken.</summary>
    [Idempotent]
    [Created("/api/bookings/{id}")]
    [ProducesErrors(404, 409)]
    [ProducesErrorCodes(
        BookingErrorCodes.ListingUnavailable,
        BookingErrorCodes.InThePast,
        BookingErrorCodes.TooFarAhead,
        BookingErrorCodes.TooFewNights,
        BookingErrorCodes.TooManyNights,
        BookingErrorCodes.TooManyGuests,
        BookingErrorCodes.OwnListing,
        BookingErrorCodes.DatesUnavailable,
        BookingErrorCodes.ConcurrentChange)]
    Task<BookingDto> CreateBookingAsync(CreateBookingRequest request, CancellationToken cancellationToken);

    /// <summary>My bookings as guest (default) or on my listings as host (as=host), newest first.</summary>
    Task<CursorPage<BookingDto>> ListMyBookingsAsync(BookingListQuery query, CancellationToken cancellationToken);

    /// <summary>A booking, for its guest, its listing's host or an admin (404 for anyone else).</summary>
    [ProducesErrors(404)]
    Task<BookingDto> GetBookingAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The host accepts a request-to-book booking; it confirms once paid.</summary>
    [ProducesErrors(403, 404, 409)]
    [ProducesErrorCodes(BookingErrorCodes.InvalidTransition, BookingErrorCodes.ConcurrentChange)]
    Task<BookingDto> ApproveBookingAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The host declines a request; the dates are free again.</summary>
    [ProducesErrors(403, 404, 409)]
    [ProducesErrorCodes(BookingErrorCodes.InvalidTransition, BookingErrorCodes.ConcurrentChange)]
    Task<BookingDto> DeclineBookingAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The guest or the host cancels; the refund follows the policy snapshot (host cancellation refunds in full).</summary>
    [Idempotent]
    [ProducesErrors(404, 409)]
    [ProducesErrorCodes(BookingErrorCodes.InvalidTransition, BookingErrorCodes.ConcurrentChange)]
    Task<BookingDto> CancelBookingAsync(Guid id, CancelBookingRequest? request, CancellationToken cancellationToken);
}
