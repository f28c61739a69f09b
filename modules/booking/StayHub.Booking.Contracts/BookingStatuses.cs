namespace StayHub.Booking.Contracts;

/// <summary>Booking statuses.</summary>
public static class BookingStatuses
{
    /// <summary>Holds the dates; awaiting payment and, without instant book, host approval.</summary>
    public const string Pending = "pending";

    /// <summary>Paid and accepted.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>The stay is over.</summary>
    public const string Completed = "completed";

    /// <summary>Cancelled, declined or expired; the dates are free.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>All statuses.</summary>
    public static readonly IReadOnlyList<string> All = [Pending, Confirmed, Completed, Cancelled];
}
