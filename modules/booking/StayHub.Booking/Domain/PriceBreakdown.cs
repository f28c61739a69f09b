namespace StayHub.Booking.Domain;

/// <summary>Every amount in integer minor units of <see cref="Currency"/>.</summary>
internal sealed record PriceBreakdown(
    string Currency,
    long[] NightlyPrices,
    long NightsTotal,
    long CleaningFee,
    long ServiceFee,
    long Total)
{
    public int Nights => NightlyPrices.Length;
}
