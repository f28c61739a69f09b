using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Tests;

public sealed class BookingStateMachineTests
{
    public static TheoryData<string, string, bool> Transitions()
    {
        var legal = new HashSet<(string, string)>
        {
            (BookingStatuses.Pending, BookingStatuses.Confirmed),
            (BookingStatuses.Pending, BookingStatuses.Cancelled),
            (BookingStatuses.Confirmed, BookingStatuses.Completed),
            (BookingStatuses.Confirmed, BookingStatuses.Cancelled),
        };
        var data = new TheoryData<string, string, bool>();
        foreach (var from in BookingStatuses.All)
        {
            foreach (var to in BookingStatuses.All)
            {
                data.Add(from, to, legal.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Every_pair_of_statuses_is_either_legal_or_a_409_invalid_transition(string from, string to, bool legal)
    {
        BookingStateMachine.CanTransition(from, to).ShouldBe(legal);
        if (legal)
        {
            BookingStateMachine.Ensure(from, to);
        }
        else
        {
            var error = Should.Throw<ConflictException>(() => BookingStateMachine.Ensure(from, to));
            error.Code.ShouldBe(BookingErrorCodes.InvalidTransition);
        }
    }

    [Fact]
    public void Unknown_status_has_no_transitions() =>
        BookingStateMachine.CanTransition("archived", BookingStatuses.Cancelled).ShouldBeFalse();
}
