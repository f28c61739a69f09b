namespace NotificationsLoad;

/// <summary>A registered user and its access token.</summary>
internal sealed record BenchUser(Guid Id, string AccessToken);
