namespace StayHub.Booking.Contracts;

/// <summary>A held range of nights: check-in inclusive, check-out exclusive.</summary>
/// <param name="From">First night.</param>
/// <param name="To">Day after the last night.</param>
/// <param name="Kind"><c>booking</c> or <c>block</c>.</param>
public sealed record StayRange(DateOnly From, DateOnly To, string Kind);
