using StayHub.Listings.Contracts;

namespace StayHub.Booking.Domain.StayRules;

/// <summary>What the stay rules judge: the requested stay, the listing's terms, who asks and today's date.</summary>
/// <param name="Listing">The listing's booking terms for these nights.</param>
/// <param name="CheckIn">First night.</param>
/// <param name="CheckOut">Day of departure (exclusive).</param>
/// <param name="Guests">Number of guests.</param>
/// <param name="CallerId">Who asks (null for an anonymous quote).</param>
/// <param name="Today">Today in UTC.</param>
/// <param name="MaxAdvance">How far ahead check-in may be (<c>Booking__MaxAdvance</c>).</param>
internal sealed record StayRequest(
    ListingForBooking Listing, DateOnly CheckIn, DateOnly CheckOut, int Guests, Guid? CallerId, DateOnly Today, TimeSpan MaxAdvance)
{
    public int Nights => CheckOut.DayNumber - CheckIn.DayNumber;
}
