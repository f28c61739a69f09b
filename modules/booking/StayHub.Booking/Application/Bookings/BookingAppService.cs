using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;
using StayHub.Booking.Persistence;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Framework.Idempotency;
using StayHub.Framework.Permissions;
using StayHub.Framework.Users;
using StayHub.Framework.Text;

namespace StayHub.Booking.Application.Bookings;

/// <summary>Quote, book, approve, decline, cancel: the guest- and host-facing use cases.</summary>
internal sealed class BookingAppService(
    BookingDbContext db,
    BookingListService lists,
    StayEvaluator evaluator,
    ICurrentUser currentUser,
    IPermissionChecker permissions,
    IdempotentRequest idempotentRequest,
    IOptions<BookingOptions> options,
    TimeProvider clock) : IBookingAppService
{
    public async Task<QuoteDto> QuoteBookingAsync(QuoteRequest request, CancellationToken cancellationToken)
    {
        var evaluation = await evaluator.EvaluateAsync(request.ListingId, request.CheckIn, request.CheckOut, request.Guests, currentUser.Id, checkHeld: true, cancellationToken)
            ?? throw new NotFoundException("Listing");

        // An unpublished listing is its host's private draft: nobody else may learn its prices, or that it exists.
        if (!evaluation.Listing.Published && evaluation.Listing.HostId != currentUser.Id)
        {
            throw new NotFoundException("Listing");
        }

        return evaluation.Price.ToQuote(evaluation.BrokenRule?.Code);
    }

    public async Task<BookingDto> CreateBookingAsync(CreateBookingRequest request, CancellationToken cancellationToken)
    {
        var guestId = currentUser.GetRequiredId();
        if (idempotentRequest.CommittedResource is { } committed)
        {
            // An earlier run of this Idempotency-Key committed its booking and died before its answer was stored:
            // answer with that booking, create nothing.
            var createdId = Guid.Parse(committed);
            var created = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == createdId && b.GuestId == guestId, cancellationToken)
                ?? throw new NotFoundException("Booking");
            return created.ToDto();
        }

        var evaluation = await evaluator.EvaluateAsync(request.ListingId, request.CheckIn, request.CheckOut, request.Guests, guestId, checkHeld: false, cancellationToken)
            ?? throw new NotFoundException("Listing");
        if (evaluation.BrokenRule is { } brokenRule)
        {
            throw brokenRule.ToException();
        }

        var now = clock.GetUtcNow();
        var listing = evaluation.Listing;
        var booking = GuestBooking.New(listing.ListingId, listing.HostId, guestId, request.CheckIn, request.CheckOut, request.Guests,
            request.Message.TrimmedOrNull(), evaluation.Price, listing.CancellationPolicy,
            listing.InstantBook, now, options.Value.PendingTtl);
        db.Bookings.Add(booking);
        db.Publish(BookingEventsFactory.Requested(booking, now));
        db.Publish(BookingEventsFactory.Reserved(booking, now));
        if (!idempotentRequest.HoldsKey)
        {
            await db.SaveStaysAsync(cancellationToken);
            return booking.ToDto();
        }

        // The key records its booking in the booking's own transaction: a node killed before the answer is stored
        // leaves a key that names the booking, so the retry answers with it (never a second booking, never a lost id).
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await idempotentRequest.RecordCreatedAsync(db, booking.Id.ToString(), cancellationToken);
            await db.SaveStaysAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return booking.ToDto();
    }

    public Task<CursorPage<BookingDto>> ListMyBookingsAsync(BookingListQuery query, CancellationToken cancellationToken) =>
        lists.ListMineAsync(query, cancellationToken);

    public async Task<BookingDto> GetBookingAsync(Guid id, CancellationToken cancellationToken) =>
        (await LoadVisibleAsync(id, cancellationToken)).ToDto();

    public async Task<BookingDto> ApproveBookingAsync(Guid id, CancellationToken cancellationToken)
    {
        var booking = await LoadAsHostAsync(id, cancellationToken);
        var now = clock.GetUtcNow();
        booking.Approve(now, options.Value.PendingTtl);
        db.Publish(BookingEventsFactory.Approved(booking, now));
        if (booking.Status == BookingStatus.Confirmed)
        {
            db.Publish(BookingEventsFactory.Confirmed(booking, options.Value.CheckInAt(booking.CheckIn), now));
        }

        await db.SaveStaysAsync(cancellationToken);
        return booking.ToDto();
    }

    public async Task<BookingDto> DeclineBookingAsync(Guid id, CancellationToken cancellationToken)
    {
        var booking = await LoadAsHostAsync(id, cancellationToken);
        BookingStateMachine.EnsureIsPendingForApproval(booking.Status, booking.ApprovedAt);
        return await CancelAsync(booking, CancelledBy.Host, "Declined by the host.", cancellationToken, declined: true);
    }

    /// <summary>The guest or the listing's host cancels; which one decides the refund.</summary>
    public async Task<BookingDto> CancelBookingAsync(Guid id, CancelBookingRequest? request, CancellationToken cancellationToken)
    {
        var booking = await LoadVisibleAsync(id, cancellationToken);
        var me = currentUser.GetRequiredId();
        var by = booking.GuestId == me ? CancelledBy.Guest : booking.HostId == me ? CancelledBy.Host : CancelledBy.Admin;
        return await CancelAsync(booking, by, request?.Reason, cancellationToken);
    }

    /// <summary>
    /// Records a captured payment (payments' <c>PaymentSucceeded</c> event): it confirms an instant-book booking or an
    /// approved request; an unanswered request gets the host's answer window.
    /// </summary>
    public async Task<BookingDto> RecordPaymentAsync(Guid id, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new NotFoundException("Booking");
        return await RecordPaymentAsync(booking, cancellationToken);
    }

    /// <summary>Records a captured payment on a booking already loaded (tracked) by this scope's context.</summary>
    public async Task<BookingDto> RecordPaymentAsync(GuestBooking booking, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        booking.RecordPayment(now, options.Value.RequestTtl);
        if (booking.Status == BookingStatus.Confirmed)
        {
            db.Publish(BookingEventsFactory.Confirmed(booking, options.Value.CheckInAt(booking.CheckIn), now));
        }

        await db.SaveStaysAsync(cancellationToken);
        return booking.ToDto();
    }

    /// <summary>Cancels a booking already loaded (tracked) by this scope's context, on behalf of <paramref name="by"/>.</summary>
    internal async Task<BookingDto> CancelAsync(GuestBooking booking, string by, string? reason, CancellationToken cancellationToken, bool declined = false)
    {
        var now = clock.GetUtcNow();
        var wasConfirmed = booking.Status == BookingStatus.Confirmed;
        BookingStateMachine.Ensure(booking.Status, BookingStatus.Cancelled);
        var refund = RefundPolicy.Refund(booking.CancellationPolicy, booking.Price, options.Value.CheckInAt(booking.CheckIn), now,
            byGuest: by == CancelledBy.Guest, paid: booking.IsPaid);
        booking.Cancel(by, reason.TrimmedOrNull(), refund, now);
        db.Publish(BookingEventsFactory.Cancelled(booking, wasConfirmed, now, declined));
        db.Publish(BookingEventsFactory.Released(booking, now));
        await db.SaveStaysAsync(cancellationToken);
        return booking.ToDto();
    }

    /// <summary>Guest, listing host or holder of the manage permission; anyone else gets 404, never 403.</summary>
    private async Task<GuestBooking> LoadVisibleAsync(Guid id, CancellationToken cancellationToken) =>
        await permissions.VisibleOrNotFoundAsync(
            currentUser,
            await db.Bookings.SingleOrDefaultAsync(s => s.Id == id, cancellationToken),
            (booking, me) => booking.GuestId == me || booking.HostId == me,
            BookingPermissions.BookingsManage,
            "Booking",
            cancellationToken);

    private async Task<GuestBooking> LoadAsHostAsync(Guid id, CancellationToken cancellationToken)
    {
        var booking = await LoadVisibleAsync(id, cancellationToken);
        return booking.HostId == currentUser.GetRequiredId()
            ? booking
            : throw new ForbiddenException("Only the listing's host can approve or decline a booking.");
    }
}
