using StayHub.Framework.Contracts.Events;

namespace StayHub.Framework.Messaging;

/// <summary>One consumer of one event type, with its inbox context and a typed call into it.</summary>
internal sealed record IntegrationEventHandlerRegistration(
    Type EventType,
    string EventName,
    Type HandlerType,
    Type ContextType,
    Func<IServiceProvider, IIntegrationEvent, CancellationToken, Task> Invoke)
{
    /// <summary>The inbox key: stable as long as the handler class keeps its name.</summary>
    public string HandlerName => HandlerType.FullName ?? HandlerType.Name;
}
