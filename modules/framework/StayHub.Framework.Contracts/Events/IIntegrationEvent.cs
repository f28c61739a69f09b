namespace StayHub.Framework.Contracts.Events;

/// <summary>
/// A fact one module tells the others, past tense (<c>BookingConfirmed</c>). Implementations are sealed records
/// carrying ids and values, never entities; their <see cref="IntegrationEventNameAttribute"/> name is stable
/// across renames because it is what the outbox stores.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>Unique id of this occurrence; consumers de-duplicate on it.</summary>
    Guid EventId { get; }

    /// <summary>When the fact happened (UTC).</summary>
    DateTimeOffset OccurredAt { get; }
}
