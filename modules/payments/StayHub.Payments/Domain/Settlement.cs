using StayHub.Framework.Contracts;

namespace StayHub.Payments.Domain;

/// <summary>
/// How a captured payment splits once refunds are known: what is kept (captured − refunded) first covers the guest
/// service fee, the rest is the host's share, of which the platform keeps the host fee (percent, half up). Payout +
/// fees + refunds = captured, to the minor unit, always.
/// </summary>
internal readonly record struct Settlement(long Payout, long Fees)
{
    public static Settlement Of(long captured, long refunded, long serviceFee, int hostFeePercent, int step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(captured);
        ArgumentOutOfRangeException.ThrowIfNegative(refunded);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(refunded, captured);
        ArgumentOutOfRangeException.ThrowIfNegative(serviceFee);
        var kept = captured - refunded;
        var keptServiceFee = Math.Min(serviceFee, kept);
        var hostShare = kept - keptServiceFee;
        // Rounded to the currency's step, so the transfer is as chargeable as the payment was.
        var hostFee = MinorUnits.PercentOf(hostShare, hostFeePercent, step);
        return new Settlement(hostShare - hostFee, keptServiceFee + hostFee);
    }
}
