using StayHub.Framework.Contracts.Application;

namespace StayHub.Listings.Contracts;

/// <summary>A listing's nights: which are free and what each costs; its host blocks nights and sets prices.</summary>
[ApplicationService("api/listings/{id}/calendar", Tag = "Listings")]
public interface ICalendarAppService : IApplicationService
{
    /// <summary>Each day of [from, to) (at most 366): available (not held by a booking or block, not past) and the night's price.</summary>
    [Anonymous]
    [ProducesErrors(404)]
    Task<CalendarDto> GetListingCalendarAsync(Guid id, CalendarQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Block and unblock nights [from, to) (booking's 409 booking.dates_unavailable when booked) and set per-night prices
    /// (price null: back to the base price). Blocks apply first, then unblocks, then prices.
    /// </summary>
    [Permission(ListingsPermissions.ListingsManageOwn)]
    [ProducesErrors(404, 409)]
    // Booking's codes, answered through IBookingModule; listings contracts do not reference booking's.
    [ProducesErrorCodes("booking.dates_unavailable", "booking.unavailable")]
    Task UpdateListingCalendarAsync(Guid id, CalendarUpdateRequest request, CancellationToken cancellationToken);
}
