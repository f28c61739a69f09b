namespace StayHub.Identity.Contracts;

/// <summary>Which categories a channel carries. Account and security notices are always sent.</summary>
/// <param name="Bookings">Booking requests, confirmations, cancellations, reminders.</param>
/// <param name="Messages">Messages from hosts or guests.</param>
/// <param name="Reviews">New reviews and replies.</param>
/// <param name="Marketing">News and offers.</param>
public sealed record ChannelPreferencesDto(bool Bookings, bool Messages, bool Reviews, bool Marketing);
