namespace StayHub.Booking.Contracts;

/// <summary>Ask the price of a stay and whether it can be booked.</summary>
/// <param name="ListingId">Listing.</param>
/// <param name="CheckIn">First night.</param>
/// <param name="CheckOut">Day of departure (exclusive).</param>
/// <param name="Guests">Number of guests.</param>
public sealed record QuoteRequest(Guid ListingId, DateOnly CheckIn, DateOnly CheckOut, int Guests);
