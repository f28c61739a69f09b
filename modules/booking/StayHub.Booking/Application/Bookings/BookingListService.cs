using Microsoft.EntityFrameworkCore;
using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;
using StayHub.Booking.Persistence;
using StayHub.Framework.Contracts;
using StayHub.Framework.Domain;
using StayHub.Framework.Pagination;
using StayHub.Framework.Users;

namespace StayHub.Booking.Application.Bookings;

/// <summary>Keyset-paged lists, newest first (UUID v7 ids are time-ordered, so id descending is a stable order).</summary>
internal sealed class BookingListService(BookingDbContext db, ICurrentUser currentUser)
{
    public const string AsGuest = "guest";
    public const string AsHost = "host";

    public Task<CursorPage<BookingDto>> ListMineAsync(BookingListQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.GetRequiredId();
        var bookings = Bookings();
        bookings = query.As == AsHost ? bookings.Where(s => s.HostId == me) : bookings.Where(s => s.GuestId == me);
        return PageAsync(bookings, query.Status, query.PageSize, query.Cursor, query with { Cursor = null, PageSize = null }, withTotal: false, cancellationToken);
    }

    public Task<CursorPage<BookingDto>> ListAllAsync(AdminBookingListQuery query, CancellationToken cancellationToken)
    {
        var bookings = Bookings();
        if (query.ListingId is { } listingId)
        {
            bookings = bookings.Where(s => s.ListingId == listingId);
        }

        if (query.UserId is { } userId)
        {
            bookings = bookings.Where(s => s.GuestId == userId || s.HostId == userId);
        }

        return PageAsync(bookings, query.Status, query.PageSize, query.Cursor, query with { Cursor = null, PageSize = null }, withTotal: true, cancellationToken);
    }

    private IQueryable<GuestBooking> Bookings() => db.Bookings.AsNoTracking();

    private static async Task<CursorPage<BookingDto>> PageAsync(
        IQueryable<GuestBooking> bookings, string? status, int? requestedPageSize, string? cursor, object scope, bool withTotal, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(status))
        {
            var wanted = EnumText.Parse<BookingStatus>(status);
            bookings = bookings.Where(s => s.Status == wanted);
        }

        long? total = withTotal ? await bookings.LongCountAsync(cancellationToken) : null;
        var page = await bookings.NewestFirstPageAsync(s => s.Id, cursor, requestedPageSize, scope, cancellationToken);
        return new CursorPage<BookingDto>([.. page.Rows.Select(s => s.ToDto())], page.NextCursor, total);
    }
}
