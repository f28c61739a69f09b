namespace StayHub.Identity.Contracts;

/// <summary>A user's preferences.</summary>
/// <param name="Currency">ISO 4217 code prices are shown in (upper case).</param>
/// <param name="Language">Interface and email language (one of <see cref="SupportedLanguages"/>).</param>
/// <param name="Notifications">Per-channel notification opt-outs.</param>
public sealed record PreferencesDto(string Currency, string Language, NotificationPreferencesDto Notifications);

/// <summary>Notification opt-outs per channel.</summary>
/// <param name="Email">Email notifications.</param>
/// <param name="InApp">In-app notifications.</param>
public sealed record NotificationPreferencesDto(ChannelPreferencesDto Email, ChannelPreferencesDto InApp);

/// <summary>Which categories a channel carries. Account and security notices are always sent.</summary>
/// <param name="Bookings">Booking requests, confirmations, cancellations, reminders.</param>
/// <param name="Messages">Messages from hosts or guests.</param>
/// <param name="Reviews">New reviews and replies.</param>
/// <param name="Marketing">News and offers.</param>
public sealed record ChannelPreferencesDto(bool Bookings, bool Messages, bool Reviews, bool Marketing);

/// <summary>Languages StayHub speaks.</summary>
public static class SupportedLanguages
{
    /// <summary>BCP 47 tags, lower case.</summary>
    public static readonly IReadOnlyList<string> All = ["en", "fr", "de", "es", "it", "pt", "nl", "ja"];
}
