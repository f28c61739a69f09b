namespace StayHub.Identity.Contracts;

/// <summary>A user's preferences.</summary>
/// <param name="Currency">ISO 4217 code prices are shown in (upper case).</param>
/// <param name="Language">Interface and email language (one of <see cref="SupportedLanguages"/>).</param>
/// <param name="Notifications">Per-channel notification opt-outs.</param>
public sealed record PreferencesDto(string Currency, string Language, NotificationPreferencesDto Notifications);
