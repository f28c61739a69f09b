namespace StayHub.Booking.Contracts;

/// <summary>Filter of the caller's bookings.</summary>
/// <param name="As"><c>guest</c> (default): bookings I made; <c>host</c>: bookings of my listings.</param>
/// <param name="Status">Only this status.</param>
/// <param name="PageSize">Page size (1..100, default 20).</param>
/// <param name="Cursor">Opaque cursor from the previous page.</param>
public sealed record BookingListQuery(string? As, string? Status, int? PageSize, string? Cursor);
