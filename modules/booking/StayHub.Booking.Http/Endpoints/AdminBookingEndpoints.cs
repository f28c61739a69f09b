using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Booking.Application.Bookings;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Http.Idempotency;
using StayHub.Framework.Http.Security;

namespace StayHub.Booking.Http.Endpoints;

public static class AdminBookingEndpoints
{
    public static void MapAdminBookingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/bookings").WithTags("Admin: bookings").RequirePermission(BookingPermissions.BookingsManage);

        group.MapGet(string.Empty, ListAsync)
            .WithName("AdminListBookings")
            .WithSummary("Every booking, newest first, filtered by status, listing or user (guest or host); with totalCount.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id:guid}/cancel", CancelAsync)
            .WithIdempotency()
            .WithName("AdminCancelBooking")
            .WithSummary("Cancel any pending or confirmed booking; the guest is refunded in full.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<CursorPage<BookingDto>>> ListAsync([AsParameters] AdminBookingListQuery query, BookingListService lists, CancellationToken cancellationToken) =>
        TypedResults.Ok(await lists.ListAllAsync(query, cancellationToken));

    private static async Task<Ok<BookingDto>> CancelAsync(Guid id, CancelBookingRequest? request, BookingService bookings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await bookings.AdminCancelAsync(id, request?.Reason, cancellationToken));
}
