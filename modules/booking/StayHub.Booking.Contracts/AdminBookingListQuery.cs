namespace StayHub.Booking.Contracts;

/// <summary>Admin filter of every booking.</summary>
/// <param name="Status">Only this status.</param>
/// <param name="ListingId">Only this listing.</param>
/// <param name="UserId">Only bookings where this user is guest or host.</param>
/// <param name="PageSize">Page size (1..100, default 20).</param>
/// <param name="Cursor">Opaque cursor from the previous page.</param>
public sealed record AdminBookingListQuery(string? Status, Guid? ListingId, Guid? UserId, int? PageSize, string? Cursor);
