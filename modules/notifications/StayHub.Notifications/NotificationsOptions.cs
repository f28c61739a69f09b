namespace StayHub.Notifications;

/// <summary>Bound from <c>Notifications</c>.</summary>
public sealed class NotificationsOptions
{
    public const string SectionName = "Notifications";

    /// <summary>How long before check-in the guest is reminded.</summary>
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the (clustered) reminder job looks for stays to remind.</summary>
    public TimeSpan ReminderJobInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// UTC time of day of check-in, the same setting booking uses (<c>Booking:CheckInTime</c>, read from there): listings
    /// have no time zone yet.
    /// </summary>
    public TimeOnly CheckInTime { get; set; } = new(15, 0);
}
