namespace StayHub.Booking.Contracts;

/// <summary>Request a booking; it starts <c>pending</c> and holds the dates.</summary>
/// <param name="ListingId">Listing.</param>
/// <param name="CheckIn">First night.</param>
/// <param name="CheckOut">Day of departure (exclusive).</param>
/// <param name="Guests">Number of guests.</param>
/// <param name="Message">Note to the host.</param>
public sealed record CreateBookingRequest(Guid ListingId, DateOnly CheckIn, DateOnly CheckOut, int Guests, string? Message);
