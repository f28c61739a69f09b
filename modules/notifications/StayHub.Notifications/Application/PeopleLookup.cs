using StayHub.Identity.Contracts;

namespace StayHub.Notifications.Application;

/// <summary>
/// Identity's answers about a user, asked once per scope (one event's delivery): a handler names the guest and the
/// host, then notifies each, and every step wants the same user. Identity reads them from the database each time.
/// </summary>
internal sealed class PeopleLookup(IIdentityModule identity)
{
    private readonly Dictionary<Guid, Task<UserInfo?>> users = [];
    private readonly Dictionary<Guid, Task<PreferencesDto?>> preferences = [];

    public Task<UserInfo?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!users.TryGetValue(userId, out var user))
        {
            user = identity.FindUserAsync(userId, cancellationToken);
            users.Add(userId, user);
        }

        return user;
    }

    public Task<PreferencesDto?> GetPreferencesAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!preferences.TryGetValue(userId, out var found))
        {
            found = identity.GetPreferencesAsync(userId, cancellationToken);
            preferences.Add(userId, found);
        }

        return found;
    }
}
