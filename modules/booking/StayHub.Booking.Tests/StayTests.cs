using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;
using StayHub.Framework.Errors;
using StayHub.Listings.Contracts;

namespace StayHub.Booking.Tests;

public sealed class StayTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Unpaid = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Request = TimeSpan.FromHours(24);

    private static GuestBooking NewBooking(bool instantBook) => GuestBooking.New(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 4), 2, null,
        Pricing.Quote("EUR", [100, 100, 100], 10, 12), CancellationPolicies.Moderate, instantBook, Now, Unpaid);

    [Fact]
    public void Instant_book_confirms_on_payment()
    {
        var booking = NewBooking(instantBook: true);
        booking.Status.ShouldBe(BookingStatus.Pending);
        booking.ExpiresAt.ShouldBe(Now + Unpaid);

        booking.RecordPayment(Now.AddMinutes(5), Request);

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.ExpiresAt.ShouldBeNull();
    }

    [Fact]
    public void Request_to_book_paid_first_waits_for_the_host_then_confirms_on_approval()
    {
        var booking = NewBooking(instantBook: false);
        booking.RecordPayment(Now.AddMinutes(5), Request);
        booking.Status.ShouldBe(BookingStatus.Pending);
        booking.ExpiresAt.ShouldBe(Now.AddMinutes(5) + Request);

        booking.Approve(Now.AddHours(1), Unpaid);

        booking.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public void Request_to_book_approved_first_gives_the_guest_a_fresh_payment_window()
    {
        var booking = NewBooking(instantBook: false);
        booking.Approve(Now.AddHours(2), Unpaid);
        booking.Status.ShouldBe(BookingStatus.Pending);
        booking.ExpiresAt.ShouldBe(Now.AddHours(2) + Unpaid);

        booking.RecordPayment(Now.AddHours(2).AddMinutes(1), Request);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public void Approving_twice_or_approving_instant_book_is_an_invalid_transition()
    {
        var request = NewBooking(instantBook: false);
        request.Approve(Now, Unpaid);
        Should.Throw<ConflictException>(() => request.Approve(Now, Unpaid)).Code.ShouldBe(BookingErrorCodes.InvalidTransition);
        Should.Throw<ConflictException>(() => NewBooking(instantBook: true).Approve(Now, Unpaid)).Code.ShouldBe(BookingErrorCodes.InvalidTransition);
    }

    [Fact]
    public void Completed_and_cancelled_bookings_accept_no_further_change()
    {
        var completed = NewBooking(instantBook: true);
        completed.RecordPayment(Now, Request);
        completed.Complete(Now.AddDays(40));
        Should.Throw<ConflictException>(() => completed.Cancel(CancelledBy.Guest, null, 0, Now)).Code.ShouldBe(BookingErrorCodes.InvalidTransition);

        var cancelled = NewBooking(instantBook: true);
        cancelled.Cancel(CancelledBy.Guest, "plans changed", 0, Now);
        cancelled.ExpiresAt.ShouldBeNull();
        Should.Throw<ConflictException>(() => cancelled.RecordPayment(Now, Request)).Code.ShouldBe(BookingErrorCodes.InvalidTransition);
        Should.Throw<ConflictException>(() => cancelled.Complete(Now)).Code.ShouldBe(BookingErrorCodes.InvalidTransition);
        Should.Throw<ConflictException>(() => cancelled.Cancel(CancelledBy.Host, null, 0, Now)).Code.ShouldBe(BookingErrorCodes.InvalidTransition);
    }

    [Fact]
    public void Pending_cannot_complete() =>
        Should.Throw<ConflictException>(() => NewBooking(instantBook: true).Complete(Now)).Code.ShouldBe(BookingErrorCodes.InvalidTransition);
}
