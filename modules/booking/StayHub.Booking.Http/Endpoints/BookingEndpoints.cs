using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Booking.Application.Bookings;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Http.Idempotency;

namespace StayHub.Booking.Http.Endpoints;

public static class BookingEndpoints
{
    public static void MapBookingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/bookings").WithTags("Bookings");

        group.MapPost("/quote", QuoteAsync)
            .AllowAnonymous()
            .WithName("QuoteBooking")
            .WithSummary("Price a stay (nights, cleaning fee, service fee, total in minor units) and say whether it can be booked.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var user = group.MapGroup(string.Empty).RequireAuthorization();
        user.MapPost(string.Empty, CreateAsync)
            .WithIdempotency()
            .WithName("CreateBooking")
            .WithSummary("Request a booking: 201 pending, holding the dates; 409 booking.dates_unavailable when any night is taken.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        user.MapGet(string.Empty, ListAsync)
            .WithName("ListMyBookings")
            .WithSummary("My bookings as guest (default) or on my listings as host (as=host), newest first.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        user.MapGet("/{id:guid}", GetAsync)
            .WithName("GetBooking")
            .WithSummary("A booking, for its guest, its listing's host or an admin (404 for anyone else).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        user.MapPost("/{id:guid}/approve", ApproveAsync)
            .WithName("ApproveBooking")
            .WithSummary("The host accepts a request-to-book booking; it confirms once paid.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        user.MapPost("/{id:guid}/decline", DeclineAsync)
            .WithName("DeclineBooking")
            .WithSummary("The host declines a request; the dates are free again.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        user.MapPost("/{id:guid}/cancel", CancelAsync)
            .WithIdempotency()
            .WithName("CancelBooking")
            .WithSummary("The guest or the host cancels; the refund follows the policy snapshot (host cancellation refunds in full).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<QuoteDto>> QuoteAsync(QuoteRequest request, BookingService bookings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await bookings.QuoteAsync(request, cancellationToken));

    private static async Task<Created<BookingDto>> CreateAsync(CreateBookingRequest request, BookingService bookings, CancellationToken cancellationToken)
    {
        var booking = await bookings.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/bookings/{booking.Id}", booking);
    }

    private static async Task<Ok<CursorPage<BookingDto>>> ListAsync([AsParameters] BookingListQuery query, BookingListService lists, CancellationToken cancellationToken) =>
        TypedResults.Ok(await lists.ListMineAsync(query, cancellationToken));

    private static async Task<Ok<BookingDto>> GetAsync(Guid id, BookingService bookings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await bookings.GetAsync(id, cancellationToken));

    private static async Task<Ok<BookingDto>> ApproveAsync(Guid id, BookingService bookings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await bookings.ApproveAsync(id, cancellationToken));

    private static async Task<Ok<BookingDto>> DeclineAsync(Guid id, BookingService bookings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await bookings.DeclineAsync(id, cancellationToken));

    private static async Task<Ok<BookingDto>> CancelAsync(Guid id, CancelBookingRequest? request, BookingService bookings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await bookings.CancelAsync(id, request?.Reason, cancellationToken));
}
