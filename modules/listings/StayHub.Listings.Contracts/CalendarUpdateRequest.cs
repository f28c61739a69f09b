namespace StayHub.Listings.Contracts;

/// <summary>Body of a calendar update: blocks first, then unblocks, then prices.</summary>
/// <param name="Blocks">Ranges to block, at most 100.</param>
/// <param name="Unblocks">Ranges to unblock, at most 100.</param>
/// <param name="Prices">Price overrides to set or clear, at most 100.</param>
public sealed record CalendarUpdateRequest(
    IReadOnlyList<DateRangeDto>? Blocks,
    IReadOnlyList<DateRangeDto>? Unblocks,
    IReadOnlyList<PriceRangeDto>? Prices);
