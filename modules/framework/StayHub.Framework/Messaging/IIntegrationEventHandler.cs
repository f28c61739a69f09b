using StayHub.Framework.Contracts.Events;

namespace StayHub.Framework.Messaging;

/// <summary>
/// Handles one integration event type in a consuming module. Delivery is at least once; the framework's inbox
/// makes the handler's effect happen once per (event id, handler) as long as the handler writes through the
/// DbContext it was registered with (<c>AddIntegrationEventHandler&lt;TEvent, THandler, TContext&gt;</c>), in the
/// same transaction as the inbox row.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
