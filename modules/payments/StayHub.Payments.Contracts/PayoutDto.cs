using StayHub.Framework.Contracts;

namespace StayHub.Payments.Contracts;

/// <summary>Money owed to a host for one booking.</summary>
/// <param name="Id">Payout id.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="Amount">What the host receives (the guest's payment less refunds and platform fees).</param>
/// <param name="Fees">What the platform keeps (guest service fee plus host fee).</param>
/// <param name="Status">One of <see cref="PayoutStatuses"/>.</param>
/// <param name="ReleaseAt">When it becomes due (24 h after check-in by default).</param>
/// <param name="PaidAt">When it was sent.</param>
/// <param name="FailureReason">Why it failed or is waiting.</param>
public sealed record PayoutDto(
    Guid Id,
    Guid BookingId,
    Money Amount,
    Money Fees,
    string Status,
    DateTimeOffset ReleaseAt,
    DateTimeOffset? PaidAt,
    string? FailureReason);
