namespace StayHub.Booking.Contracts;

/// <summary>Permission names of the booking module.</summary>
public static class BookingPermissions
{
    /// <summary>See every booking and cancel any of them (admins).</summary>
    public const string BookingsManage = "Booking.Bookings.Manage";
}
