namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// The method honours <c>Idempotency-Key</c>: a repeat of the same request with the same key within 24 h replays the
/// first answer instead of running again. The C# proxy sends one key per logical call and reuses it on retries.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class IdempotentAttribute : Attribute;
