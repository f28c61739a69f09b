using StayHub.Framework.Contracts;
using StayHub.Listings.Contracts;

namespace StayHub.Booking.Domain;

/// <summary>
/// What a cancellation gives back, from the booking's policy snapshot. "Until N before check-in" is inclusive:
/// cancelling exactly at the deadline still gets the better refund, one tick later does not.
/// <list type="bullet">
/// <item>Host (or admin) cancellation: everything paid (nights, cleaning, service fee).</item>
/// <item>Guest, flexible/moderate, at or before the deadline (24 h / 5 days before check-in): everything paid.</item>
/// <item>Guest, strict, at or before 7 days before check-in: 50 % of the nights (half up) + the cleaning fee.</item>
/// <item>Guest, past the deadline but before check-in: the cleaning fee only (nothing was cleaned yet).</item>
/// <item>Guest, at or after check-in: nothing. The service fee is kept in every partial case.</item>
/// </list>
/// Nothing is refunded when nothing was paid (the caller passes <c>paid: false</c>).
/// </summary>
internal static class RefundPolicy
{
    public static TimeSpan FullRefundWindow(string policy) => policy switch
    {
        CancellationPolicies.Flexible => TimeSpan.FromHours(24),
        CancellationPolicies.Moderate => TimeSpan.FromDays(5),
        CancellationPolicies.Strict => TimeSpan.FromDays(7),
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown cancellation policy."),
    };

    public static long Refund(string policy, PriceBreakdown price, DateTimeOffset checkInAt, DateTimeOffset cancelledAt, bool byGuest, bool paid)
    {
        if (!paid)
        {
            return 0;
        }

        if (!byGuest)
        {
            return price.Total;
        }

        if (cancelledAt >= checkInAt)
        {
            return 0;
        }

        var withinWindow = cancelledAt <= checkInAt - FullRefundWindow(policy);
        if (!withinWindow)
        {
            return price.CleaningFee;
        }

        return policy == CancellationPolicies.Strict
            ? MinorUnits.PercentOf(price.NightsTotal, 50, Currencies.AmountStep(price.Currency)) + price.CleaningFee
            : price.Total;
    }
}
