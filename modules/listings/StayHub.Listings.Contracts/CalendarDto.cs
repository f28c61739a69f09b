namespace StayHub.Listings.Contracts;

/// <summary>A listing's calendar for the nights <c>[from, to)</c>.</summary>
/// <param name="ListingId">Listing id.</param>
/// <param name="From">First night, <c>yyyy-MM-dd</c>, inclusive.</param>
/// <param name="To">End, <c>yyyy-MM-dd</c>, exclusive.</param>
/// <param name="Days">One entry per night, in date order.</param>
public sealed record CalendarDto(Guid ListingId, DateOnly From, DateOnly To, IReadOnlyList<CalendarDayDto> Days);
