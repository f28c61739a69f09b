using StayHub.Framework.Messaging;
using StayHub.Notifications.Contracts;
using StayHub.Notifications.Domain;
using StayHub.Reviews.Contracts;

namespace StayHub.Notifications.Application.Events;

/// <summary>
/// Reviews' events → the reviewed side hears that a review of them is visible, the guest hears that the host replied.
/// Both follow the <c>reviews</c> switch of the recipient's preferences. The events carry ids only; names and the
/// listing's title are read here, so the texts are written in the reader's language.
/// </summary>
internal sealed class ReviewEventsHandler(Notifier notifier, BookingFacts facts) :
    IIntegrationEventHandler<ReviewPublished>,
    IIntegrationEventHandler<ReviewReplyPosted>
{
    public async Task HandleAsync(ReviewPublished e, CancellationToken cancellationToken)
    {
        var byGuest = e.AuthorRole == ReviewAuthorRoles.Guest;
        var (guestId, hostId) = byGuest ? (e.AuthorId, e.SubjectUserId) : (e.SubjectUserId, e.AuthorId);
        var values = await facts.ForAsync(e.ListingId, guestId, hostId, cancellationToken);
        values["rating"] = e.Rating;
        await notifier.NotifyAsync(new(e.EventId, e.SubjectUserId, NotificationTypes.ReviewReceived, byGuest ? "host" : "guest",
            NotificationCategories.Reviews, Link(e.ReviewId), values), cancellationToken);
    }

    public async Task HandleAsync(ReviewReplyPosted e, CancellationToken cancellationToken)
    {
        var values = await facts.ForAsync(e.ListingId, e.ReviewerId, e.HostId, cancellationToken);
        await notifier.NotifyAsync(new(e.EventId, e.ReviewerId, NotificationTypes.ReviewReplyReceived, "guest",
            NotificationCategories.Reviews, Link(e.ReviewId), values), cancellationToken);
    }

    internal static string Link(Guid reviewId) => $"/reviews/{reviewId}";
}
