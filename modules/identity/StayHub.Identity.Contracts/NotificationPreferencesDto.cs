namespace StayHub.Identity.Contracts;

/// <summary>Notification opt-outs per channel.</summary>
/// <param name="Email">Email notifications.</param>
/// <param name="InApp">In-app notifications.</param>
public sealed record NotificationPreferencesDto(ChannelPreferencesDto Email, ChannelPreferencesDto InApp);
