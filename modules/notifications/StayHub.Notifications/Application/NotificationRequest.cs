using StayHub.Framework.Contracts;

namespace StayHub.Notifications.Application;

/// <summary>
/// What to tell one user about one event. <paramref name="Facts"/> hold raw values (strings, <see cref="Money"/>,
/// <see cref="DateOnly"/>, <see cref="DateRange"/>, <see cref="Localized"/> catalog keys), formatted in the reader's
/// language only when the texts are written.
/// </summary>
internal sealed record NotificationRequest(
    Guid EventId,
    Guid UserId,
    string Type,
    string Role,
    string Category,
    string? Link,
    IReadOnlyDictionary<string, object> Facts)
{
    /// <summary>The catalog key of its texts: <c>type.role</c>.</summary>
    public string Key => $"{Type}.{Role}";
}
