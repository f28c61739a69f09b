using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Booking.Contracts;

/// <summary>A guest asked to book; the dates are held while the booking is pending.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="GuestId">Guest.</param>
/// <param name="HostId">Host.</param>
/// <param name="CheckIn">Check-in day.</param>
/// <param name="CheckOut">Check-out day.</param>
/// <param name="Total">Amount the guest pays.</param>
/// <param name="InstantBook">Whether payment alone confirms it.</param>
[IntegrationEventName("booking.requested.v1")]
public sealed record BookingRequested(Guid EventId, DateTimeOffset OccurredAt, Guid BookingId, Guid ListingId, Guid GuestId, Guid HostId, DateOnly CheckIn, DateOnly CheckOut, Money Total, bool InstantBook) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"stay:{BookingId}";
}
