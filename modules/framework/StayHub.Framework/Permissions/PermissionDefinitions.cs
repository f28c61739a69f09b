namespace StayHub.Framework.Permissions;

/// <summary>
/// A permission a module offers, and the roles that get it on first sight. <paramref name="Parent"/> is the
/// permission it refines (shown under it in the console); it grants nothing by itself: every permission is checked
/// on its own.
/// </summary>
public sealed record PermissionDefinition(string Name, string DisplayName, IReadOnlyList<string> DefaultRoles, string? Parent = null)
{
    /// <summary>The module part of <c>Module.Group.Action</c> (<c>Identity</c>).</summary>
    public string Module => Name.Split('.')[0];

    /// <summary>The group part of <c>Module.Group.Action</c> (<c>Identity.Users</c>); the module itself for a two-part name.</summary>
    public string Group => Name.LastIndexOf('.') is var dot and > 0 ? Name[..dot] : Name;
}

/// <summary>One per module: declares its permissions (architecture rule 5).</summary>
public interface IPermissionDefinitionProvider
{
    void Define(PermissionDefinitionContext context);
}

public sealed class PermissionDefinitionContext
{
    private readonly Dictionary<string, PermissionDefinition> definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> groupNames = new(StringComparer.Ordinal);

    public IReadOnlyCollection<PermissionDefinition> Definitions => definitions.Values;

    /// <summary>Display names of modules (<c>Identity</c>) and groups (<c>Identity.Users</c>) given with <see cref="Group"/>.</summary>
    public IReadOnlyDictionary<string, string> GroupDisplayNames => groupNames;

    /// <summary>Names a module (<c>Identity</c>) or a group (<c>Identity.Users</c>) for the permission console.</summary>
    public PermissionDefinitionContext Group(string name, string displayName)
    {
        if (!groupNames.TryAdd(name, displayName))
        {
            throw new InvalidOperationException($"Permission group '{name}' is named twice.");
        }

        return this;
    }

    /// <summary>Adds a permission shown under <paramref name="parent"/> (defined before it, in the same group).</summary>
    public PermissionDefinitionContext AddChild(string parent, string name, string displayName, params string[] defaultRoles)
    {
        if (!definitions.TryGetValue(parent, out var parentDefinition))
        {
            throw new InvalidOperationException($"Permission '{name}' names '{parent}' as its parent, which is not defined before it.");
        }

        var child = new PermissionDefinition(name, displayName, defaultRoles, parent);
        if (child.Group != parentDefinition.Group)
        {
            throw new InvalidOperationException($"Permission '{name}' and its parent '{parent}' are in different groups.");
        }

        return Add(child);
    }

    public PermissionDefinitionContext Add(string name, string displayName, params string[] defaultRoles) =>
        Add(new PermissionDefinition(name, displayName, defaultRoles));

    private PermissionDefinitionContext Add(PermissionDefinition definition)
    {
        if (!definitions.TryAdd(definition.Name, definition))
        {
            var name = definition.Name;
            throw new InvalidOperationException($"Permission '{name}' is defined twice.");
        }

        return this;
    }
}

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
