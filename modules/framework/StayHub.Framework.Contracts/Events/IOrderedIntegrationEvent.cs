namespace StayHub.Framework.Contracts.Events;

/// <summary>
/// An integration event that belongs to one aggregate (a booking, a review, a listing's rating). The outbox
/// dispatcher delivers the events of one key one after another, in the order they were published, and the events of
/// different keys concurrently; an event without a key is delivered in order with the other keyless events of its
/// outbox. Implement the key explicitly (<c>string IOrderedIntegrationEvent.OrderingKey => …</c>) so that it stays
/// out of the serialized payload.
/// </summary>
public interface IOrderedIntegrationEvent : IIntegrationEvent
{
    /// <summary>The aggregate whose events must not overtake one another, e.g. <c>stay:{bookingId}</c>.</summary>
    string OrderingKey { get; }
}
