namespace StayHub.Booking.Contracts;

/// <summary>What the payments module may ask booking about a booking it charges for or pays out.</summary>
public interface IBookingPayments
{
    /// <summary>The booking's payer, host, status and price snapshot; <c>null</c> when there is no such booking.</summary>
    Task<BookingPaymentInfo?> GetForPaymentAsync(Guid bookingId, CancellationToken cancellationToken);
}
