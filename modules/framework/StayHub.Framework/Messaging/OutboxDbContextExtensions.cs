using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Contracts.Events;

namespace StayHub.Framework.Messaging;

/// <summary>Publishing integration events through a module's outbox.</summary>
public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Adds <paramref name="integrationEvent"/> to the context's outbox. Nothing is sent here: the row is written by
    /// the caller's own <c>SaveChanges</c>, in the same transaction as the change it announces (architecture rule 3),
    /// and the dispatcher delivers it after commit. The context must map <see cref="OutboxModelBuilderExtensions.AddOutboxAndInbox"/>.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext context, IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        var name = IntegrationEventTypes.NameOf(type);
        var payload = JsonSerializer.Serialize(integrationEvent, type, IntegrationEventTypes.SerializerOptions);
        context.Set<OutboxMessage>().Add(OutboxMessage.Create(integrationEvent.EventId, name, payload, integrationEvent.OccurredAt));
    }
}

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
