using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

/// <summary>One night of a listing's calendar.</summary>
/// <param name="Date">The night, <c>yyyy-MM-dd</c>.</param>
/// <param name="Available">Whether the night can be booked (not past, blocked or booked).</param>
/// <param name="Price">Price of the night in minor units (the override, else the base nightly price).</param>
public sealed record CalendarDayDto(DateOnly Date, bool Available, Money Price);
