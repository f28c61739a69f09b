namespace StayHub.Notifications.Application;

/// <summary>A value that is itself a catalog entry (who cancelled: "the host", "l'hôte").</summary>
internal sealed record Localized(string Key);
