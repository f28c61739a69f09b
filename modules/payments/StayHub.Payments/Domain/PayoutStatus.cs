namespace StayHub.Payments.Domain;

/// <summary>
/// Where a host payout stands. Stored and published as text, the values of <see cref="Contracts.PayoutStatuses"/>;
/// see <see cref="Framework.Domain.EnumText"/>.
/// </summary>
internal enum PayoutStatus
{
    /// <summary>Waiting for its release time (or for the host's payout account).</summary>
    Scheduled,

    /// <summary>Sent to the host's account.</summary>
    Paid,

    /// <summary>The provider refused or reversed the transfer.</summary>
    Failed,

    /// <summary>Nothing is owed any more.</summary>
    Cancelled,
}
