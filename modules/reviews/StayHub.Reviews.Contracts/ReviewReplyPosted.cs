using StayHub.Framework.Contracts.Events;

namespace StayHub.Reviews.Contracts;

/// <summary>The host answered a guest's published review (once per review: a reply cannot be changed).</summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When the reply was posted.</param>
/// <param name="ReviewId">The review answered.</param>
/// <param name="BookingId">The reviewed stay.</param>
/// <param name="ListingId">Its listing.</param>
/// <param name="ReviewerId">The review's author (the guest), who hears about the reply.</param>
/// <param name="HostId">Who replied.</param>
[IntegrationEventName("reviews.review_reply_posted.v1")]
public sealed record ReviewReplyPosted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReviewId,
    Guid BookingId,
    Guid ListingId,
    Guid ReviewerId,
    Guid HostId) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"review:{ReviewId}";
}
