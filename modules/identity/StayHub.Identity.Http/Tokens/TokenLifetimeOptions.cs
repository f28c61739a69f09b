namespace StayHub.Identity.Http.Tokens;

/// <summary>Bound from <c>Identity:Tokens</c>.</summary>
public sealed class TokenLifetimeOptions
{
    public TimeSpan AccessToken { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Each rotation starts a new sliding window...</summary>
    public TimeSpan RefreshTokenSliding { get; set; } = TimeSpan.FromDays(14);

    /// <summary>...but no sign-in lives longer than this, however often it is refreshed.</summary>
    public TimeSpan RefreshTokenAbsolute { get; set; } = TimeSpan.FromDays(60);
}
