using StayHub.Framework.Contracts;

namespace StayHub.Listings.Contracts;

/// <summary><c>from</c> inclusive, <c>to</c> exclusive (like a stay's nights), at most 366 days.</summary>
/// <param name="From">First night, <c>yyyy-MM-dd</c>, inclusive (required).</param>
/// <param name="To">End, <c>yyyy-MM-dd</c>, exclusive, after <paramref name="From"/> (required).</param>
public sealed record CalendarQuery(DateOnly? From, DateOnly? To);

/// <summary>One night of a listing's calendar.</summary>
/// <param name="Date">The night, <c>yyyy-MM-dd</c>.</param>
/// <param name="Available">Whether the night can be booked (not past, blocked or booked).</param>
/// <param name="Price">Price of the night in minor units (the override, else the base nightly price).</param>
public sealed record CalendarDayDto(DateOnly Date, bool Available, Money Price);

/// <summary>A listing's calendar for the nights <c>[from, to)</c>.</summary>
/// <param name="ListingId">Listing id.</param>
/// <param name="From">First night, <c>yyyy-MM-dd</c>, inclusive.</param>
/// <param name="To">End, <c>yyyy-MM-dd</c>, exclusive.</param>
/// <param name="Days">One entry per night, in date order.</param>
public sealed record CalendarDto(Guid ListingId, DateOnly From, DateOnly To, IReadOnlyList<CalendarDayDto> Days);

/// <summary>Nights <c>[from, to)</c>.</summary>
/// <param name="From">First night, <c>yyyy-MM-dd</c>, inclusive.</param>
/// <param name="To">End, <c>yyyy-MM-dd</c>, exclusive, at most 366 days after <paramref name="From"/>.</param>
public sealed record DateRangeDto(DateOnly? From, DateOnly? To);

/// <summary>Nightly price for the nights <c>[from, to)</c>; <c>null</c> goes back to the listing's base price.</summary>
/// <param name="From">First night, <c>yyyy-MM-dd</c>, inclusive.</param>
/// <param name="To">End, <c>yyyy-MM-dd</c>, exclusive, at most 366 days after <paramref name="From"/>.</param>
/// <param name="Price">Nightly price in minor units (amount ≥ 1), or <c>null</c> to remove the override.</param>
public sealed record PriceRangeDto(DateOnly? From, DateOnly? To, Money? Price);

/// <summary>Body of a calendar update: blocks first, then unblocks, then prices.</summary>
/// <param name="Blocks">Ranges to block, at most 100.</param>
/// <param name="Unblocks">Ranges to unblock, at most 100.</param>
/// <param name="Prices">Price overrides to set or clear, at most 100.</param>
public sealed record CalendarUpdateRequest(
    IReadOnlyList<DateRangeDto>? Blocks,
    IReadOnlyList<DateRangeDto>? Unblocks,
    IReadOnlyList<PriceRangeDto>? Prices);
