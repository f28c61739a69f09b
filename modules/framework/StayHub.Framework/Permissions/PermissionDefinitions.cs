namespace StayHub.Framework.Permissions;

/// <summary>A permission a module offers, and the roles that get it on first sight.</summary>
public sealed record PermissionDefinition(string Name, string DisplayName, IReadOnlyList<string> DefaultRoles);

/// <summary>One per module: declares its permissions (architecture rule 5).</summary>
public interface IPermissionDefinitionProvider
{
    void Define(PermissionDefinitionContext context);
}

public sealed class PermissionDefinitionContext
{
    private readonly Dictionary<string, PermissionDefinition> definitions = new(StringComparer.Ordinal);

    public IReadOnlyCollection<PermissionDefinition> Definitions => definitions.Values;

    public PermissionDefinitionContext Add(string name, string displayName, params string[] defaultRoles)
    {
        if (!definitions.TryAdd(name, new PermissionDefinition(name, displayName, defaultRoles)))
        {
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
    }

    public IReadOnlyCollection<PermissionDefinition> All => byName.Values;

    public PermissionDefinition? Find(string name) => byName.GetValueOrDefault(name);
}
