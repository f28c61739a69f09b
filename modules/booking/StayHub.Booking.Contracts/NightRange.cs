namespace StayHub.Booking.Contracts;

/// <summary>Nights [<paramref name="From"/>, <paramref name="To"/>): check-in inclusive, check-out exclusive.</summary>
/// <param name="From">First night.</param>
/// <param name="To">Day after the last night; after <paramref name="From"/>.</param>
public sealed record NightRange(DateOnly From, DateOnly To);
