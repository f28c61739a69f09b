namespace StayHub.Identity.Domain;

/// <summary>A user's display and notification choices, stored as one JSON document on the user row.</summary>
public sealed class UserPreferences
{
    public string Currency { get; set; } = "USD";

    public string Language { get; set; } = "en";

    public ChannelPreferences Email { get; set; } = new() { Marketing = false };

    public ChannelPreferences InApp { get; set; } = new();
}

/// <summary>
/// Opt-outs per category and channel. Account and security notices (sign-in, password reset) are always
/// sent and have no switch.
/// </summary>
public sealed class ChannelPreferences
{
    public bool Bookings { get; set; } = true;

    public bool Messages { get; set; } = true;

    public bool Reviews { get; set; } = true;

    public bool Marketing { get; set; } = true;
}
