namespace StayHub.Booking.Contracts;

/// <summary>Who cancelled a booking.</summary>
public static class CancelledBy
{
    /// <summary>The guest.</summary>
    public const string Guest = "guest";

    /// <summary>The listing's host (declines count here).</summary>
    public const string Host = "host";

    /// <summary>An administrator.</summary>
    public const string Admin = "admin";

    /// <summary>The system (expiry).</summary>
    public const string System = "system";
}
