namespace StayHub.Framework.Messaging;

/// <summary>Wakes this node's dispatcher when an outbox row was committed, instead of waiting for the next poll.</summary>
internal sealed class OutboxSignal : WakeUpSignal;
