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
