using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Booking.Contracts;

/// <summary>Every booking of the marketplace, for administrators holding <see cref="BookingPermissions.BookingsManage"/>.</summary>
[ApplicationService("api/admin/bookings", Tag = "Admin: bookings", OperationIdPrefix = "Admin")]
[Permission(BookingPermissions.BookingsManage)]
public interface IBookingAdminAppService : IApplicationService
{
    /// <summary>Every booking, newest first, filtered by status, listing or user (guest or host); with totalCount.</summary>
    Task<CursorPage<BookingDto>> ListBookingsAsync(AdminBookingListQuery query, CancellationToken cancellationToken);

    /// <summary>Cancel any pending or confirmed booking; the guest is refunded in full.</summary>
    [Idempotent]
    [ProducesErrors(404, 409)]
    [ProducesErrorCodes(BookingErrorCodes.InvalidTransition, BookingErrorCodes.ConcurrentChange)]
    Task<BookingDto> CancelBookingAsync(Guid id, CancelBookingRequest? request, CancellationToken cancellationToken);
}
