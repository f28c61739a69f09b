using StayHub.Framework.Contracts;

namespace StayHub.Booking.Contracts;

/// <summary>Price snapshot taken when the booking was made.</summary>
/// <param name="Nights">Number of nights.</param>
/// <param name="NightlyPrices">Price of each night.</param>
/// <param name="NightsTotal">Sum of the nightly prices.</param>
/// <param name="CleaningFee">Cleaning fee.</param>
/// <param name="ServiceFee">Guest service fee.</param>
/// <param name="Total">What the guest pays.</param>
public sealed record PriceBreakdownDto(int Nights, IReadOnlyList<Money> NightlyPrices, Money NightsTotal, Money CleaningFee, Money ServiceFee, Money Total);
