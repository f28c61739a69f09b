namespace StayHub.Identity.Contracts;

/// <summary>Synchronous reads other modules may make of the identity module.</summary>
public interface IIdentityModule
{
    /// <summary>Public facts about a user, or <c>null</c> when there is no such user.</summary>
    Task<UserInfo?> FindUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Public facts about the user with this email (case-insensitive), or <c>null</c> (for seeding and admin tools).</summary>
    Task<UserInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>The user's preferences (currency, language, notification opt-outs), or <c>null</c> when there is no such user.</summary>
    Task<PreferencesDto?> GetPreferencesAsync(Guid userId, CancellationToken cancellationToken);
}

/// <summary>What other modules may know about a user.</summary>
/// <param name="Id">User id.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Email">Email, for notifications.</param>
/// <param name="PhotoUrl">Profile photo URL, if any.</param>
/// <param name="Roles">Roles held.</param>
public sealed record UserInfo(Guid Id, string DisplayName, string Email, string? PhotoUrl, IReadOnlyList<string> Roles);
