using StayHub.Framework.Contracts.Events;

namespace StayHub.Framework.Messaging;

/// <summary>An outbox the dispatcher drains.</summary>
internal sealed record OutboxRegistration(Type ContextType);
