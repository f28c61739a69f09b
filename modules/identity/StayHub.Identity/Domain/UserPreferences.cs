namespace StayHub.Identity.Domain;

/// <summary>A user's display and notification choices, stored as one JSON document on the user row.</summary>
public sealed class UserPreferences
{
    public string Currency { get; set; } = "USD";

    public string Language { get; set; } = "en";

    public ChannelPreferences Email { get; set; } = new() { Marketing = false };

    public ChannelPreferences InApp { get; set; } = new();
}
