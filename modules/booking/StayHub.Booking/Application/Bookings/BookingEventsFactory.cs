using StayHub.Booking.Contracts;
using StayHub.Booking.Domain;
using StayHub.Framework.Contracts;

namespace StayHub.Booking.Application.Bookings;

/// <summary>Builds the integration events of a booking's changes from its current state.</summary>
internal static class BookingEventsFactory
{
    public static BookingRequested Requested(GuestBooking s, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, s.Id, s.ListingId, s.GuestId, s.HostId, s.CheckIn, s.CheckOut, Money(s, s.Price.Total), s.InstantBook);

    public static BookingConfirmed Confirmed(GuestBooking s, DateTimeOffset checkInAt, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, s.Id, s.ListingId, s.GuestId, s.HostId, s.CheckIn, s.CheckOut, Money(s, s.Price.Total), Money(s, s.Price.ServiceFee), checkInAt);

    public static BookingCancelled Cancelled(GuestBooking s, bool wasConfirmed, DateTimeOffset now, bool declined = false) =>
        new(Guid.CreateVersion7(now), now, s.Id, s.ListingId, s.GuestId, s.HostId, s.CancelledBy ?? throw new InvalidOperationException($"Booking {s.Id} is not cancelled."), s.CancellationReason, Money(s, s.RefundAmount ?? 0), wasConfirmed, s.IsPaid, declined);

    public static BookingApproved Approved(GuestBooking s, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, s.Id, s.ListingId, s.GuestId, s.HostId, s.CheckIn, s.CheckOut, s.IsPaid);

    public static BookingCompleted Completed(GuestBooking s, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, s.Id, s.ListingId, s.GuestId, s.HostId, s.CheckIn, s.CheckOut);

    public static StayReserved Reserved(Stay s, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, s.ListingId, s.Id, s.CheckIn, s.CheckOut);

    public static StayReleased Released(Stay s, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, s.ListingId, s.Id);

    private static Money Money(GuestBooking s, long amount) => new(amount, s.Price.Currency);
}
