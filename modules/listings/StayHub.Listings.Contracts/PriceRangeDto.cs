using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

/// <summary>Nightly price for the nights <c>[from, to)</c>; <c>null</c> goes back to the listing's base price.</summary>
/// <param name="From">First night, <c>yyyy-MM-dd</c>, inclusive.</param>
/// <param name="To">End, <c>yyyy-MM-dd</c>, exclusive, at most 366 days after <paramref name="From"/>.</param>
/// <param name="Price">Nightly price in minor units (amount ≥ 1), or <c>null</c> to remove the override.</param>
public sealed record PriceRangeDto(DateOnly? From, DateOnly? To, Money? Price);
