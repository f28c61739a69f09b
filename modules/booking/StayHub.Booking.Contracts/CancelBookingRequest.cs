namespace StayHub.Booking.Contracts;

/// <summary>Cancel a booking.</summary>
/// <param name="Reason">Why, shown to the other party.</param>
public sealed record CancelBookingRequest(string? Reason);
