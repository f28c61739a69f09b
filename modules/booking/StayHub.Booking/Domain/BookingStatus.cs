namespace StayHub.Booking.Domain;

/// <summary>
/// Where a booking stands. Stored and published as text, the values of <see cref="Contracts.BookingStatuses"/>
/// (see <see cref="Framework.Domain.EnumText"/>); <see cref="BookingStateMachine"/> holds the legal moves.
/// </summary>
internal enum BookingStatus
{
    /// <summary>Holds the dates; awaiting payment and, without instant book, host approval.</summary>
    Pending,

    /// <summary>Paid and accepted.</summary>
    Confirmed,

    /// <summary>The stay is over.</summary>
    Completed,

    /// <summary>Cancelled, declined or expired; the dates are free.</summary>
    Cancelled,
}
