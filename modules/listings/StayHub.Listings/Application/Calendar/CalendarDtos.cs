using StayHub.Framework.Contracts;

namespace StayHub.Listings.Application.Calendar;

/// <summary><c>from</c> inclusive, <c>to</c> exclusive (like a stay's nights), at most 366 days.</summary>
public sealed record CalendarQuery(DateOnly? From, DateOnly? To);

public sealed record CalendarDayDto(DateOnly Date, bool Available, Money Price);

public sealed record CalendarDto(Guid ListingId, DateOnly From, DateOnly To, IReadOnlyList<CalendarDayDto> Days);

/// <summary>Nights <c>[from, to)</c>.</summary>
public sealed record DateRangeDto(DateOnly? From, DateOnly? To);

/// <summary>Nightly price for the nights <c>[from, to)</c>; <c>null</c> goes back to the listing's base price.</summary>
public sealed record PriceRangeDto(DateOnly? From, DateOnly? To, Money? Price);

public sealed record CalendarUpdateRequest(
    IReadOnlyList<DateRangeDto>? Blocks,
    IReadOnlyList<DateRangeDto>? Unblocks,
    IReadOnlyList<PriceRangeDto>? Prices);
