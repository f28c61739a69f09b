namespace StayHub.Framework.Emailing;

/// <summary>An email outbox the worker drains.</summary>
internal sealed record EmailOutboxRegistration(Type ContextType);
