namespace StayHub.Notifications.Domain;

/// <summary>
/// Booking's status as notifications learns it from booking's events. Stored and compared as the text booking's
/// contract publishes (<c>BookingStatuses</c>, pinned by a unit test), never as a literal of our own.
/// </summary>
internal enum BookingSnapshotStatus
{
    Pending,
    Confirmed,
    Completed,
    Cancelled,
}
