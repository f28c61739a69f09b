using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Framework.Messaging;

/// <summary>Stable names ↔ CLR types of integration events, so the dispatcher can read any outbox row back.</summary>
internal static class IntegrationEventTypes
{
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private static readonly ConcurrentDictionary<string, Type> ByName = new(StringComparer.Ordinal);

    public static string NameOf(Type type)
    {
        var name = type.GetCustomAttribute<IntegrationEventNameAttribute>()?.Name
            ?? throw new InvalidOperationException($"Integration event {type.FullName} has no [IntegrationEventName]; the outbox stores that stable name.");
        Register(name, type);
        return name;
    }

    public static void Register(Type type) => NameOf(type);

    public static Type? Find(string name)
    {
        if (ByName.TryGetValue(name, out var type))
        {
            return type;
        }

        // A node may read an event it has not published or subscribed to yet in this process: look in what is loaded.
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic))
        {
            Type[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                types = [.. e.Types.OfType<Type>()];
            }

            foreach (var candidate in types.Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && !t.IsAbstract))
            {
                if (candidate.GetCustomAttribute<IntegrationEventNameAttribute>() is { } attribute)
                {
                    Register(attribute.Name, candidate);
                }
            }
        }

        return ByName.GetValueOrDefault(name);
    }

    private static void Register(string name, Type type)
    {
        var existing = ByName.GetOrAdd(name, type);
        if (existing != type)
        {
            throw new InvalidOperationException($"Integration event name '{name}' is used by both {existing.FullName} and {type.FullName}.");
        }
    }
}
