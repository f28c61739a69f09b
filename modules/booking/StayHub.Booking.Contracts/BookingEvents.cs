using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Booking.Contracts;

/// <summary>Nights of a listing became held (a booking was requested or a host blocked them).</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="StayId">The booking or block id.</param>
/// <param name="From">First night.</param>
/// <param name="To">Day after the last night.</param>
[IntegrationEventName("booking.stay_reserved.v1")]
public sealed record StayReserved(Guid EventId, DateTimeOffset OccurredAt, Guid ListingId, Guid StayId, DateOnly From, DateOnly To) : IIntegrationEvent;

/// <summary>Nights held by a stay are free again (booking cancelled, declined or expired; block removed).</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="StayId">The booking or block id.</param>
[IntegrationEventName("booking.stay_released.v1")]
public sealed record StayReleased(Guid EventId, DateTimeOffset OccurredAt, Guid ListingId, Guid StayId) : IIntegrationEvent;

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
public sealed record BookingRequested(Guid EventId, DateTimeOffset OccurredAt, Guid BookingId, Guid ListingId, Guid GuestId, Guid HostId, DateOnly CheckIn, DateOnly CheckOut, Money Total, bool InstantBook) : IIntegrationEvent;

/// <summary>A booking is confirmed (paid and, for request-to-book, approved).</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="GuestId">Guest.</param>
/// <param name="HostId">Host.</param>
/// <param name="CheckIn">Check-in day.</param>
/// <param name="CheckOut">Check-out day.</param>
/// <param name="Total">Amount the guest pays.</param>
/// <param name="ServiceFee">The guest service fee inside <paramref name="Total"/>.</param>
/// <param name="CheckInAt">
/// The check-in instant (UTC; the check-in day at <c>Booking:CheckInTime</c>), from which payouts are timed. Absent
/// only from events written before it was added.
/// </param>
[IntegrationEventName("booking.confirmed.v1")]
public sealed record BookingConfirmed(Guid EventId, DateTimeOffset OccurredAt, Guid BookingId, Guid ListingId, Guid GuestId, Guid HostId, DateOnly CheckIn, DateOnly CheckOut, Money Total, Money ServiceFee, DateTimeOffset? CheckInAt = null) : IIntegrationEvent;

/// <summary>A booking was cancelled (by guest, host, admin, or expiry/decline) with the refund its policy allows.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="GuestId">Guest.</param>
/// <param name="HostId">Host.</param>
/// <param name="CancelledBy"><c>guest</c>, <c>host</c>, <c>admin</c> or <c>system</c>.</param>
/// <param name="Reason">Why, as given.</param>
/// <param name="Refund">Amount to refund to the guest (zero when nothing was paid or nothing is due).</param>
/// <param name="WasConfirmed">Whether it had been confirmed.</param>
/// <param name="WasPaid">
/// Whether booking had recorded a payment. When it had not, <paramref name="Refund"/> is zero, and any money payments
/// captured for it anyway (a payment landing as the booking expired) is owed back in full.
/// </param>
/// <param name="Declined">Whether the host declined a request (rather than cancelling); <paramref name="CancelledBy"/> is <c>host</c> then.</param>
[IntegrationEventName("booking.cancelled.v1")]
public sealed record BookingCancelled(Guid EventId, DateTimeOffset OccurredAt, Guid BookingId, Guid ListingId, Guid GuestId, Guid HostId, string CancelledBy, string? Reason, Money Refund, bool WasConfirmed, bool WasPaid = false, bool Declined = false) : IIntegrationEvent;

/// <summary>The host approved a request-to-book booking (it confirms once it is paid as well).</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="GuestId">Guest.</param>
/// <param name="HostId">Host.</param>
/// <param name="CheckIn">Check-in day.</param>
/// <param name="CheckOut">Check-out day.</param>
/// <param name="IsPaid">Whether it was already paid (then a <see cref="BookingConfirmed"/> follows in the same transaction).</param>
[IntegrationEventName("booking.approved.v1")]
public sealed record BookingApproved(Guid EventId, DateTimeOffset OccurredAt, Guid BookingId, Guid ListingId, Guid GuestId, Guid HostId, DateOnly CheckIn, DateOnly CheckOut, bool IsPaid) : IIntegrationEvent;

/// <summary>A confirmed stay ended (after check-out); reviews open.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="ListingId">Listing.</param>
/// <param name="GuestId">Guest.</param>
/// <param name="HostId">Host.</param>
/// <param name="CheckIn">Check-in day (reviews show the stay's month).</param>
/// <param name="CheckOut">Check-out day (the review window runs from it); <c>default</c> in events written before it was added.</param>
[IntegrationEventName("booking.completed.v1")]
public sealed record BookingCompleted(Guid EventId, DateTimeOffset OccurredAt, Guid BookingId, Guid ListingId, Guid GuestId, Guid HostId, DateOnly CheckIn = default, DateOnly CheckOut = default) : IIntegrationEvent;
