using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;
using StayHub.Framework.Domain;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Tests;

public sealed class BookingStateMachineTests
{
    // Statuses travel as their text: the enum is internal to the module, a theory's parameters are public.
    public static TheoryData<string, string, bool> Transitions()
    {
        var legal = new HashSet<(BookingStatus, BookingStatus)>
        {
            (BookingStatus.Pending, BookingStatus.Confirmed),
            (BookingStatus.Pending, BookingStatus.Cancelled),
            (BookingStatus.Confirmed, BookingStatus.Completed),
            (BookingStatus.Confirmed, BookingStatus.Cancelled),
        };
        var data = new TheoryData<string, string, bool>();
        foreach (var from in Enum.GetValues<BookingStatus>())
        {
            foreach (var to in Enum.GetValues<BookingStatus>())
            {
                data.Add(from.ToText(), to.ToText(), legal.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Every_pair_of_statuses_is_either_legal_or_a_409_invalid_transition(string fromText, string toText, bool legal)
    {
        var (from, to) = (EnumText.Parse<BookingStatus>(fromText), EnumText.Parse<BookingStatus>(toText));
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
        BookingStateMachine.CanTransition((BookingStatus)99, BookingStatus.Cancelled).ShouldBeFalse();

    [Fact]
    public void Every_status_is_stored_and_published_as_the_contract_spells_it() =>
        EnumText.AllOf<BookingStatus>().ShouldBe(BookingStatuses.All);
}
