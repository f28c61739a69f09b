using StayHub.Booking.Contracts;
using StayHub.Framework.Domain;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Domain;

/// <summary>
/// The only legal status changes: pending → confirmed → completed, pending|confirmed → cancelled.
/// Everything else (cancelling a completed stay, confirming a cancelled one, …) is a 409.
/// </summary>
internal static class BookingStateMachine
{
    private static readonly Dictionary<BookingStatus, BookingStatus[]> Allowed = new()
    {
        [BookingStatus.Pending] = [BookingStatus.Confirmed, BookingStatus.Cancelled],
        [BookingStatus.Confirmed] = [BookingStatus.Completed, BookingStatus.Cancelled],
        [BookingStatus.Completed] = [],
        [BookingStatus.Cancelled] = [],
    };

    public static bool CanTransition(BookingStatus from, BookingStatus to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static void Ensure(BookingStatus from, BookingStatus to)
    {
        if (!CanTransition(from, to))
        {
            throw InvalidTransition($"A {from.ToText()} booking cannot become {to.ToText()}.");
        }
    }

    /// <summary>Approve/decline apply to pending requests the host has not yet answered.</summary>
    public static void EnsureIsPendingForApproval(BookingStatus status, DateTimeOffset? approvedAt)
    {
        if (status != BookingStatus.Pending || approvedAt is not null)
        {
            throw InvalidTransition(status == BookingStatus.Pending
                ? "This booking is already approved."
                : $"A {status.ToText()} booking cannot be approved or declined.");
        }
    }

    private static ConflictException InvalidTransition(string message) => new(BookingErrorCodes.InvalidTransition, message);
}
