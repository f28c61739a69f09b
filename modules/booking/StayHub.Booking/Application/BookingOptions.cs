namespace StayHub.Booking.Application;

/// <summary>Configuration section <c>Booking</c>.</summary>
internal sealed class BookingOptions
{
    public const string SectionName = "Booking";

    /// <summary>How long an unpaid pending booking holds its dates.</summary>
    public TimeSpan PendingTtl { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a paid request-to-book booking waits for the host's answer.</summary>
    public TimeSpan RequestTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Check-in time of day, UTC, used for cancellation deadlines. Listings carry no time zone or check-in time in
    /// their booking contract yet, so one platform-wide value stands in for them.
    /// </summary>
    public TimeOnly CheckInTime { get; set; } = new(15, 0);

    /// <summary>Check-out time of day, UTC: confirmed stays complete after it on the check-out day.</summary>
    public TimeOnly CheckOutTime { get; set; } = new(11, 0);

    /// <summary>
    /// How far ahead a stay may start. Calendars, prices and payouts are only meaningful for the next couple of years;
    /// without a horizon a stay in 9999 could be booked and paid.
    /// </summary>
    public TimeSpan MaxAdvance { get; set; } = TimeSpan.FromDays(730);

    public DateTimeOffset CheckInAt(DateOnly day) => new(day.ToDateTime(CheckInTime, DateTimeKind.Utc));

    public DateTimeOffset CheckOutAt(DateOnly day) => new(day.ToDateTime(CheckOutTime, DateTimeKind.Utc));
}
