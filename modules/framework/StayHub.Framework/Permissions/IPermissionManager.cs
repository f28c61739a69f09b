namespace StayHub.Framework.Permissions;

public interface IPermissionManager
{
    Task<IReadOnlyList<string>> GetGrantedAsync(string providerName, string providerKey, CancellationToken cancellationToken);

    /// <summary>Replaces the provider's grants with exactly <paramref name="permissions"/>; unknown names are refused.</summary>
    Task SetGrantsAsync(string providerName, string providerKey, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken);

    /// <summary>
    /// Grants (true) or revokes (false) only the named permissions of the provider, leaving its other grants alone;
    /// unknown names are refused. Every node sees the change on its next check (cache evicted through the backplane).
    /// </summary>
    Task ChangeGrantsAsync(string providerName, string providerKey, IReadOnlyDictionary<string, bool> changes, CancellationToken cancellationToken);
}
