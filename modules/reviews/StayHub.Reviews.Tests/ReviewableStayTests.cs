using StayHub.Booking.Contracts;
using StayHub.Reviews.Domain;

namespace StayHub.Reviews.Tests;

public sealed class ReviewableStayTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Status_only_moves_forward_so_late_or_repeated_events_cannot_reopen_a_booking()
    {
        var stay = new ReviewableStay(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Now);
        stay.Advance(BookingStatuses.Confirmed, Now);
        stay.Advance(BookingStatuses.Completed, Now.AddDays(3));
        stay.Advance(BookingStatuses.Confirmed, Now.AddDays(4));
        stay.Advance(BookingStatuses.Pending, Now.AddDays(4));
        stay.Status.ShouldBe(BookingStatuses.Completed);
        stay.CompletedAt.ShouldBe(Now.AddDays(3));

        var cancelled = new ReviewableStay(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Now);
        cancelled.Advance(BookingStatuses.Cancelled, Now);
        cancelled.Advance(BookingStatuses.Completed, Now);
        cancelled.Status.ShouldBe(BookingStatuses.Cancelled);
        cancelled.WindowEndsAt(TimeSpan.FromDays(14)).ShouldBeNull();
    }

    [Fact]
    public void The_window_runs_from_the_start_of_the_check_out_day_or_from_completion_when_the_day_is_unknown()
    {
        var stay = new ReviewableStay(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Now);
        stay.Advance(BookingStatuses.Completed, Now);
        stay.WindowEndsAt(TimeSpan.FromDays(14)).ShouldBe(Now.AddDays(14));

        stay.SetDates(new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 30));
        stay.WindowEndsAt(TimeSpan.FromDays(14)).ShouldBe(new DateTimeOffset(2026, 12, 14, 0, 0, 0, TimeSpan.Zero));
        // An older event without dates keeps the known ones.
        stay.SetDates(default, default);
        stay.CheckOut.ShouldBe(new DateOnly(2026, 11, 30));
    }
}
