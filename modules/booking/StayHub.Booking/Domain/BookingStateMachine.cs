using StayHub.Booking.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Booking.Domain;

/// <summary>
/// The only legal status changes: pending → confirmed → completed, pending|confirmed → cancelled.
/// Everything else (cancelling a completed stay, confirming a cancelled one, …) is a 409.
/// </summary>
internal static class BookingStateMachine
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [BookingStatuses.Pending] = [BookingStatuses.Confirmed, BookingStatuses.Cancelled],
        [BookingStatuses.Confirmed] = [BookingStatuses.Completed, BookingStatuses.Cancelled],
        [BookingStatuses.Completed] = [],
        [BookingStatuses.Cancelled] = [],
    };

    public static bool CanTransition(string from, string to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to, StringComparer.Ordinal);

    public static void Ensure(string from, string to)
    {
        if (!CanTransition(from, to))
        {
            throw InvalidTransition($"A {from} booking cannot become {to}.");
        }
    }

    /// <summary>Approve/decline apply to pending requests the host has not yet answered.</summary>
    public static void EnsureIsPendingForApproval(string status, DateTimeOffset? approvedAt)
    {
        if (status != BookingStatuses.Pending || approvedAt is not null)
        {
            throw InvalidTransition(status == BookingStatuses.Pending
                ? "This booking is already approved."
                : $"A {status} booking cannot be approved or declined.");
        }
    }

    private static ConflictException InvalidTransition(string message) => new(BookingErrorCodes.InvalidTransition, message);
}
