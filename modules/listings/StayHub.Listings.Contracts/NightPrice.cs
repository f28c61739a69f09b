using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

/// <summary>The price of one night.</summary>
/// <param name="Date">The night's date (the check-in day of that night).</param>
/// <param name="Price">Its price.</param>
public sealed record NightPrice(DateOnly Date, Money Price);
