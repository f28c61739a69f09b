namespace StayHub.Framework.Permissions;

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
