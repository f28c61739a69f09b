using StayHub.Framework.Errors;
using StayHub.Framework.Users;

namespace StayHub.Framework.Permissions;

/// <summary>
/// "404 unless a party or permitted": a private resource (a booking, a payment) is visible to the people it concerns
/// and to holders of the module's manage permission; to anyone else it does not exist, never "forbidden", so ids
/// cannot be probed.
/// </summary>
public static class PrivateResources
{
    /// <summary>
    /// <paramref name="resource"/> when the caller is one of its parties or holds <paramref name="permission"/>;
    /// otherwise (or when it is <c>null</c>) a 404 naming <paramref name="what"/>.
    /// </summary>
    public static async Task<T> VisibleOrNotFoundAsync<T>(
        this IPermissionChecker permissions,
        ICurrentUser currentUser,
        T? resource,
        Func<T, Guid, bool> isParty,
        string permission,
        string what,
        CancellationToken cancellationToken)
        where T : class
    {
        var me = currentUser.GetRequiredId();
        if (resource is not null
            && (isParty(resource, me) || await permissions.IsGrantedAsync(me, currentUser.Roles, permission, cancellationToken)))
        {
            return resource;
        }

        throw new NotFoundException(what);
    }
}
