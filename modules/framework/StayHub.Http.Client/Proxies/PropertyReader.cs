using System.Collections.Concurrent;
using System.Reflection;

namespace StayHub.Http.Client.Proxies;

/// <summary>Reads a query record's property by name; the <see cref="PropertyInfo"/> lookups are cached per type.</summary>
internal static class PropertyReader
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), PropertyInfo> Properties = new();

    public static object? Read(object instance, string property)
    {
        var info = Properties.GetOrAdd((instance.GetType(), property), key =>
            key.Type.GetProperty(key.Name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{key.Type.Name} has no public property {key.Name}."));
        return info.GetValue(instance);
    }
}
