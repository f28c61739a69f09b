namespace StayHub.Identity.Domain;

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
