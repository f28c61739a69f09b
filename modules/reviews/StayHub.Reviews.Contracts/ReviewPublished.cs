using StayHub.Framework.Contracts.Events;

namespace StayHub.Reviews.Contracts;

/// <summary>
/// A review became visible: both sides of the stay reviewed, or the review window closed (double-blind). Published
/// once per review, in the transaction that publishes it; carries ids only (no text), so a consumer tells the
/// reviewed side in its own words and language.
/// </summary>
/// <param name="EventId">Event id.</param>
/// <param name="OccurredAt">When it was published.</param>
/// <param name="ReviewId">Review.</param>
/// <param name="BookingId">The reviewed stay.</param>
/// <param name="ListingId">Its listing.</param>
/// <param name="AuthorId">Who wrote it.</param>
/// <param name="AuthorRole">One of <see cref="ReviewAuthorRoles"/>.</param>
/// <param name="SubjectUserId">Who it is about: the other side of the stay.</param>
/// <param name="Rating">Overall rating, 1–5.</param>
[IntegrationEventName("reviews.review_published.v1")]
public sealed record ReviewPublished(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReviewId,
    Guid BookingId,
    Guid ListingId,
    Guid AuthorId,
    string AuthorRole,
    Guid SubjectUserId,
    int Rating) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"review:{ReviewId}";
}
