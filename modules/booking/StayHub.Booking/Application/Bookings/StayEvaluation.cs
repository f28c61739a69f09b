using StayHub.Booking.Domain;
using StayHub.Booking.Domain.StayRules;
using StayHub.Listings.Contracts;

namespace StayHub.Booking.Application.Bookings;

/// <summary>The result of checking a requested stay: the listing's terms, the price, and the first rule it breaks.</summary>
/// <param name="Listing">The listing's booking terms.</param>
/// <param name="Price">The price of the stay.</param>
/// <param name="BrokenRule">The first rule the stay breaks, or <c>null</c> when it can be booked.</param>
internal sealed record StayEvaluation(ListingForBooking Listing, PriceBreakdown Price, StayRule? BrokenRule);
