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
