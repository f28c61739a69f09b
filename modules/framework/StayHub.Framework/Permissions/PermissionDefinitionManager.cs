namespace StayHub.Framework.Permissions;

/// <summary>All permissions every loaded module defines, collected once.</summary>
public sealed class PermissionDefinitionManager
{
    private readonly Dictionary<string, PermissionDefinition> byName;

    public PermissionDefinitionManager(IEnumerable<IPermissionDefinitionProvider> providers)
    {
        var context = new PermissionDefinitionContext();
        foreach (var provider in providers)
        {
            provider.Define(context);
        }

        byName = context.Definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);
        groupNames = new Dictionary<string, string>(context.GroupDisplayNames, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, string> groupNames;

    /// <summary>The display name of a module or group: as its module named it, else the last part of the name.</summary>
    public string GroupDisplayName(string group) =>
        groupNames.TryGetValue(group, out var displayName) ? displayName : group[(group.LastIndexOf('.') + 1)..];

    public IReadOnlyCollection<PermissionDefinition> All => byName.Values;

    public PermissionDefinition? Find(string name) => byName.GetValueOrDefault(name);
}
