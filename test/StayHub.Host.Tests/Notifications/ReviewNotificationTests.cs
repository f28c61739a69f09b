using System.Net;
using StayHub.Booking.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Infrastructure;
using StayHub.Host.Tests.Payments;
using StayHub.Notifications.Contracts;
using StayHub.Reviews.Contracts;

namespace StayHub.Host.Tests.Notifications;

/// <summary>
/// Reviews' events end to end: a completed stay reviewed by both sides (double-blind ends) tells each side of the
/// other's review, the host's reply tells the guest; by email to the loopback SMTP listener and in the app.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class ReviewNotificationTests(NotificationsHost host)
{
    private const string Listing = "Test listing";
    private const string Name = "Booking Test";

    [Fact]
    public async Task Both_reviews_published_tell_each_side_in_its_language_and_the_reply_tells_the_guest_once()
    {
        var stay = await CompletedStayAsync();
        await NotificationsHost.SetPreferencesAsync(stay.Guest, language: "fr");
        var guestReview = await ReviewAsync(stay.Guest, stay.Booking.Id, 5);
        await host.DrainOutboxAsync();
        (await NotificationsHost.ListAsync(stay.Host)).Items.ShouldNotContain(n => n.Type == NotificationTypes.ReviewReceived, "double-blind: nothing is visible yet");

        await ReviewAsync(stay.Host, stay.Booking.Id, 4);
        var toHost = await host.EmailAsync(stay.Host, $"{Name} reviewed {Listing}");
        toHost.Text.ShouldContain("rated the stay 5 out of 5");
        toHost.Html.ShouldContain("lang=\"en\"");
        toHost.Html.ShouldContain($"https://app.stayhub.test/reviews/{guestReview.Id}");
        var toGuest = await host.EmailAsync(stay.Guest, $"{Name} a laissé un avis sur votre séjour à {Listing}");
        toGuest.Text.ShouldContain("vous a noté 4 sur 5");
        toGuest.Html.ShouldContain("lang=\"fr\"");
        (await NotificationsHost.InAppAsync(stay.Host, NotificationTypes.ReviewReceived)).Link.ShouldBe($"/reviews/{guestReview.Id}");
        (await NotificationsHost.InAppAsync(stay.Guest, NotificationTypes.ReviewReceived)).Title.ShouldBe($"{Name} a laissé un avis sur votre séjour à {Listing}");

        using (var reply = await stay.Host.Client.PostJsonAsync($"/api/reviews/{guestReview.Id}/reply", new ReplyToReviewRequest("Thank you!")))
        {
            reply.StatusCode.ShouldBe(HttpStatusCode.Created, await reply.Content.ReadAsStringAsync());
        }

        var replySubject = $"{Name} a répondu à votre avis sur {Listing}";
        (await host.EmailAsync(stay.Guest, replySubject)).Html.ShouldContain("lang=\"fr\"");
        (await NotificationsHost.InAppAsync(stay.Guest, NotificationTypes.ReviewReplyReceived)).Link.ShouldBe($"/reviews/{guestReview.Id}");

        // Redelivery as after a crash, with the inbox row gone too: the unique key alone stops a second email.
        var eventId = await host.ScalarAsync<Guid>(
            "SELECT event_id FROM reviews.outbox_messages WHERE name = 'reviews.review_reply_posted.v1' AND payload->>'reviewId' = @id", ("id", guestReview.Id.ToString()));
        await host.ScalarAsync<int>("UPDATE reviews.outbox_messages SET processed_at = NULL WHERE event_id = @e", ("e", eventId));
        await host.ScalarAsync<int>("DELETE FROM notifications.inbox_messages WHERE event_id = @e", ("e", eventId));
        await PaymentsFixture.EventuallyAsync(
            () => host.CountAsync("SELECT count(*) FROM notifications.inbox_messages WHERE event_id = @e", ("e", eventId)), n => n == 1);
        (await host.CountAsync("SELECT count(*) FROM notifications.inbox_messages WHERE event_id = @e", ("e", eventId))).ShouldBe(1L, "the redelivery was handled");
        (await host.EmailsAfterAsync(stay.Guest, TimeSpan.FromSeconds(1.5))).Count(m => m.Subject == replySubject).ShouldBe(1);
        (await host.CountAsync("SELECT count(*) FROM notifications.notifications WHERE event_id = @e", ("e", eventId))).ShouldBe(2L, "one in-app, one email");
    }

    [Fact]
    public async Task The_reviews_switch_of_each_channel_is_respected()
    {
        var stay = await CompletedStayAsync();
        await NotificationsHost.SetPreferencesAsync(stay.Host, emailReviews: false);
        await NotificationsHost.SetPreferencesAsync(stay.Guest, language: "es", inAppReviews: false);
        var guestReview = await ReviewAsync(stay.Guest, stay.Booking.Id, 3);
        await ReviewAsync(stay.Host, stay.Booking.Id, 5);

        (await host.EmailAsync(stay.Guest, $"{Name} ha opinado sobre tu estancia en {Listing}")).Text.ShouldContain("te valoró con 5 de 5");
        (await NotificationsHost.InAppAsync(stay.Host, NotificationTypes.ReviewReceived)).Title.ShouldBe($"{Name} reviewed {Listing}");
        using (var reply = await stay.Host.Client.PostJsonAsync($"/api/reviews/{guestReview.Id}/reply", new ReplyToReviewRequest("Gracias")))
        {
            reply.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        await host.EmailAsync(stay.Guest, $"{Name} respondió a tu opinión sobre {Listing}");
        (await host.EmailsAfterAsync(stay.Host, TimeSpan.FromSeconds(1.5))).ShouldNotContain(m => m.Subject.Contains("reviewed", StringComparison.Ordinal));
        (await NotificationsHost.ListAsync(stay.Guest, "?pageSize=100")).Items.ShouldNotContain(n => n.Type.StartsWith("review.", StringComparison.Ordinal));
    }

    /// <summary>A paid, confirmed stay that booking then completed, once reviews knows it is completed.</summary>
    private async Task<BookedStay> CompletedStayAsync()
    {
        var stay = await host.BookAsync();
        await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed);
        await host.DrainOutboxAsync();
        (await host.RunMaintenanceAsync(new DateTimeOffset(stay.Booking.CheckOut.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), complete: true)).ShouldBeGreaterThan(0);
        await host.DrainOutboxAsync();
        return stay;
    }

    private static async Task<ReviewDto> ReviewAsync(TestUser author, Guid bookingId, int rating)
    {
        // Reviews learns of the completion from booking's event: until then the booking is "not completed" (409).
        var response = await PaymentsFixture.EventuallyAsync(
            () => author.Client.PostJsonAsync($"/api/bookings/{bookingId}/review", new SubmitReviewRequest(rating, "Fine.", null)),
            r => r.StatusCode != HttpStatusCode.Conflict);
        using (response)
        {
            return await response.ShouldBeJsonAsync<ReviewDto>(HttpStatusCode.Created);
        }
    }
}
