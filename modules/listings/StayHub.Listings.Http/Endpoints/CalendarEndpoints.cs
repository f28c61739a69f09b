using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Http.Security;
using StayHub.Listings.Application.Calendar;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Http.Endpoints;

public static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/listings/{id:guid}/calendar").WithTags("Listings");

        group.MapGet(string.Empty, GetAsync)
            .AllowAnonymous()
            .WithName("GetListingCalendar")
            .WithSummary("Each day of [from, to) (at most 366): available (not held by a booking or block, not past) and the night's price.")
            .Produces<CalendarDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut(string.Empty, UpdateAsync)
            .RequirePermission(ListingsPermissions.ListingsManageOwn)
            .WithName("UpdateListingCalendar")
            .WithSummary("Block and unblock nights [from, to) (booking's 409 booking.dates_unavailable when booked) and set per-night prices "
                + "(price null: back to the base price). Blocks apply first, then unblocks, then prices.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<CalendarDto>> GetAsync(Guid id, [AsParameters] CalendarQuery query, CalendarService calendar, CancellationToken cancellationToken) =>
        TypedResults.Ok(await calendar.GetAsync(id, query, cancellationToken));

    private static async Task<NoContent> UpdateAsync(Guid id, CalendarUpdateRequest request, CalendarService calendar, CancellationToken cancellationToken)
    {
        await calendar.UpdateAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }
}
