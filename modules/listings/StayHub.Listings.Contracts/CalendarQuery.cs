namespace StayHub.Listings.Contracts;

/// <summary><c>from</c> inclusive, <c>to</c> exclusive (like a stay's nights), at most 366 days.</summary>
/// <param name="From">First night, <c>yyyy-MM-dd</c>, inclusive (required).</param>
/// <param name="To">End, <c>yyyy-MM-dd</c>, exclusive, after <paramref name="From"/> (required).</param>
public sealed record CalendarQuery(DateOnly? From, DateOnly? To);
