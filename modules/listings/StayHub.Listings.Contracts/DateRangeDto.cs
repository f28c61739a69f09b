namespace StayHub.Listings.Contracts;

/// <summary>Nights <c>[from, to)</c>.</summary>
/// <param name="From">First night, <c>yyyy-MM-dd</c>, inclusive.</param>
/// <param name="To">End, <c>yyyy-MM-dd</c>, exclusive, at most 366 days after <paramref name="From"/>.</param>
public sealed record DateRangeDto(DateOnly? From, DateOnly? To);
