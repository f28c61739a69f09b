using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Emailing;
using StayHub.Notifications.Contracts;
using StayHub.Payments.Contracts;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>
/// <see cref="INotificationAppService"/> and <see cref="INotificationDeliveryAdminAppService"/> through the proxies, against
/// the real host. Notifications (and their emails) are written by the notifications module when booking's events reach
/// its inbox, so every read of them polls.
/// </summary>
[Collection(ClientHostCollection.Name)]
public sealed class NotificationClientTests(ClientHostFixture host)
{
    [Fact]
    [CoversMethod(typeof(INotificationAppService), nameof(INotificationAppService.ListNotificationsAsync))]
    [CoversMethod(typeof(INotificationAppService), nameof(INotificationAppService.GetUnreadCountAsync))]
    public async Task The_host_lists_and_counts_two_booking_requests_newest_first_and_nobody_else_sees_them()
    {
        var stay = await RequestTwoStaysAsync();
        var notifications = stay.Owner.Get<INotificationAppService>();

        var all = await NotificationsAsync(stay.Owner, 2);
        all.Items.Count.ShouldBe(2);
        all.Items.ShouldAllBe(n => n.Type == NotificationTypes.BookingRequested && n.ReadAt == null && n.Title.Length > 0 && n.Body.Length > 0);
        all.Items.Select(n => n.Link).ShouldBe([$"/bookings/{stay.Second.Id}", $"/bookings/{stay.First.Id}"], "newest first");
        all.UnreadCount.ShouldBe(2);
        all.NextCursor.ShouldBeNull();
        (await notifications.GetUnreadCountAsync(CancellationToken.None)).UnreadCount.ShouldBe(2);

        var first = await notifications.ListNotificationsAsync(new NotificationListQuery(PageSize: 1), CancellationToken.None);
        first.Items.ShouldHaveSingleItem().Id.ShouldBe(all.Items[0].Id);
        first.UnreadCount.ShouldBe(2, "the count is of all unread, not of the page");
        first.NextCursor.ShouldNotBeNull();
        var second = await notifications.ListNotificationsAsync(new NotificationListQuery(PageSize: 1, Cursor: first.NextCursor), CancellationToken.None);
        second.Items.ShouldHaveSingleItem().Id.ShouldBe(all.Items[1].Id);
        second.NextCursor.ShouldBeNull();

        // The guest hears nothing of a request (only of its outcome); a stranger has nothing at all.
        var guestPage = await stay.Guest.Get<INotificationAppService>().ListNotificationsAsync(new NotificationListQuery(), CancellationToken.None);
        guestPage.Items.Select(n => n.Id).ShouldNotContain(all.Items[0].Id);
        guestPage.Items.Select(n => n.Id).ShouldNotContain(all.Items[1].Id);
        var stranger = await host.CreateUserAsync();
        (await stranger.Get<INotificationAppService>().ListNotificationsAsync(new NotificationListQuery(), CancellationToken.None)).Items.ShouldBeEmpty();
        (await stranger.Get<INotificationAppService>().GetUnreadCountAsync(CancellationToken.None)).UnreadCount.ShouldBe(0);

        var badPage = await Should.ThrowAsync<StayHubRemoteException>(() =>
            notifications.ListNotificationsAsync(new NotificationListQuery(PageSize: 0), CancellationToken.None));
        badPage.Status.ShouldBe(400);
        badPage.Code.ShouldBe(ErrorCodes.ValidationFailed);
        badPage.Errors.Keys.ShouldContain("pageSize");

        var anonymous = host.Anonymous().Get<INotificationAppService>();
        var listAnonymously = await Should.ThrowAsync<StayHubRemoteException>(() =>
            anonymous.ListNotificationsAsync(new NotificationListQuery(), CancellationToken.None));
        listAnonymously.Status.ShouldBe(401);
        listAnonymously.Code.ShouldBe(ErrorCodes.Unauthorized);
        var countAnonymously = await Should.ThrowAsync<StayHubRemoteException>(() => anonymous.GetUnreadCountAsync(CancellationToken.None));
        countAnonymously.Status.ShouldBe(401);
        countAnonymously.Code.ShouldBe(ErrorCodes.Unauthorized);
    }

    [Fact]
    [CoversMethod(typeof(INotificationAppService), nameof(INotificationAppService.MarkNotificationReadAsync))]
    public async Task The_host_marks_one_notification_read_and_someone_elses_or_an_unknown_id_is_404()
    {
        var stay = await RequestTwoStaysAsync();
        var notifications = stay.Owner.Get<INotificationAppService>();
        var page = await NotificationsAsync(stay.Owner, 2);
        var older = page.Items[1];

        var notMine = await Should.ThrowAsync<StayHubRemoteException>(() =>
            stay.Guest.Get<INotificationAppService>().MarkNotificationReadAsync(older.Id, CancellationToken.None));
        notMine.Status.ShouldBe(404);
        notMine.Code.ShouldBe(ErrorCodes.NotFound);
        var unknown = await Should.ThrowAsync<StayHubRemoteException>(() =>
            notifications.MarkNotificationReadAsync(Guid.CreateVersion7(), CancellationToken.None));
        unknown.Status.ShouldBe(404);
        unknown.Code.ShouldBe(ErrorCodes.NotFound);
        (await notifications.GetUnreadCountAsync(CancellationToken.None)).UnreadCount.ShouldBe(2, "a refused mark changes nothing");

        await notifications.MarkNotificationReadAsync(older.Id, CancellationToken.None);

        (await notifications.GetUnreadCountAsync(CancellationToken.None)).UnreadCount.ShouldBe(1);
        var after = await notifications.ListNotificationsAsync(new NotificationListQuery(), CancellationToken.None);
        var read = after.Items.Single(n => n.Id == older.Id);
        read.ReadAt.ShouldNotBeNull();
        after.Items.Single(n => n.Id == page.Items[0].Id).ReadAt.ShouldBeNull();
        var unreadOnly = await notifications.ListNotificationsAsync(new NotificationListQuery(UnreadOnly: true), CancellationToken.None);
        unreadOnly.Items.ShouldHaveSingleItem().Id.ShouldBe(page.Items[0].Id);
        unreadOnly.UnreadCount.ShouldBe(1);

        // Again: no error and no change (the first read time stays).
        await notifications.MarkNotificationReadAsync(older.Id, CancellationToken.None);
        (await notifications.ListNotificationsAsync(new NotificationListQuery(), CancellationToken.None)).Items.Single(n => n.Id == older.Id).ReadAt.ShouldBe(read.ReadAt);
        (await notifications.GetUnreadCountAsync(CancellationToken.None)).UnreadCount.ShouldBe(1);
    }

    [Fact]
    [CoversMethod(typeof(INotificationAppService), nameof(INotificationAppService.MarkAllNotificationsReadAsync))]
    public async Task A_paid_booking_notifies_the_guest_and_marking_all_read_clears_only_the_callers_own()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var guest = await host.CreateUserAsync();
        var day = ClientFlows.FutureDay();
        var booking = await guest.Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, day, day.AddDays(2), 1, null), CancellationToken.None);
        (await guest.Get<IPaymentAppService>().PayBookingAsync(booking.Id, new PayRequest("pm_card_visa"), CancellationToken.None))
            .Status.ShouldBe(PaymentStatuses.Succeeded);
        var guestNotifications = guest.Get<INotificationAppService>();

        var guestPage = await Eventually.ReachAsync(
            () => guestNotifications.ListNotificationsAsync(new NotificationListQuery(PageSize: 100), CancellationToken.None),
            p => p.Items.Any(n => n.Type == NotificationTypes.BookingConfirmed) && p.Items.Any(n => n.Type == NotificationTypes.PaymentSucceeded));
        guestPage.Items.Where(n => n.Type == NotificationTypes.BookingConfirmed).ShouldHaveSingleItem().Link.ShouldBe($"/bookings/{booking.Id}");
        guestPage.Items.ShouldContain(n => n.Type == NotificationTypes.PaymentSucceeded);
        guestPage.UnreadCount.ShouldBe(guestPage.Items.Count);
        var hostPage = await Eventually.ReachAsync(
            () => owner.Get<INotificationAppService>().ListNotificationsAsync(new NotificationListQuery(PageSize: 100), CancellationToken.None),
            p => p.Items.Any(n => n.Type == NotificationTypes.BookingConfirmed));
        hostPage.Items.ShouldContain(n => n.Type == NotificationTypes.BookingConfirmed);
        hostPage.UnreadCount.ShouldBeGreaterThan(0);

        await guestNotifications.MarkAllNotificationsReadAsync(CancellationToken.None);

        (await guestNotifications.GetUnreadCountAsync(CancellationToken.None)).UnreadCount.ShouldBe(0);
        var afterAll = await guestNotifications.ListNotificationsAsync(new NotificationListQuery(PageSize: 100), CancellationToken.None);
        afterAll.Items.Count.ShouldBe(guestPage.Items.Count);
        afterAll.Items.ShouldAllBe(n => n.ReadAt != null);
        (await guestNotifications.ListNotificationsAsync(new NotificationListQuery(UnreadOnly: true), CancellationToken.None)).Items.ShouldBeEmpty();
        (await owner.Get<INotificationAppService>().GetUnreadCountAsync(CancellationToken.None)).UnreadCount
            .ShouldBe(hostPage.UnreadCount, "the host's notifications are not the guest's to mark");

        // Nothing left unread: marking all again is a no-op, not an error.
        await guestNotifications.MarkAllNotificationsReadAsync(CancellationToken.None);
        (await guestNotifications.GetUnreadCountAsync(CancellationToken.None)).UnreadCount.ShouldBe(0);

        var anonymous = await Should.ThrowAsync<StayHubRemoteException>(() =>
            host.Anonymous().Get<INotificationAppService>().MarkAllNotificationsReadAsync(CancellationToken.None));
        anonymous.Status.ShouldBe(401);
        anonymous.Code.ShouldBe(ErrorCodes.Unauthorized);
    }

    [Fact]
    [CoversMethod(typeof(INotificationDeliveryAdminAppService), nameof(INotificationDeliveryAdminAppService.ListDeliveriesAsync))]
    public async Task An_admin_lists_deliveries_by_status_and_pages_and_a_guest_or_a_bad_status_is_refused()
    {
        var stay = await RequestTwoStaysAsync();
        var admin = host.Admin().Get<INotificationDeliveryAdminAppService>();

        var sent = await SentDeliveriesToAsync(admin, stay.Owner.Email, 2);
        sent.Items.ShouldAllBe(d => d.Status == EmailDeliveryStatuses.Sent);
        var mine = sent.Items.Where(d => d.Recipient == stay.Owner.Email).ToList();
        mine.Count.ShouldBe(2);
        mine.ShouldAllBe(d => d.Kind == NotificationTypes.BookingRequested && d.SentAt != null && d.Attempts == 1 && d.LastError == null && d.NextAttemptAt == null);
        mine[0].Id.CompareTo(mine[1].Id).ShouldBeGreaterThan(0, "newest first");
        sent.TotalCount.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(2);

        var first = await admin.ListDeliveriesAsync(new DeliveryListQuery(null, 1), CancellationToken.None);
        first.Items.Count.ShouldBe(1);
        first.NextCursor.ShouldNotBeNull();
        var second = await admin.ListDeliveriesAsync(new DeliveryListQuery(null, 1, first.NextCursor), CancellationToken.None);
        second.Items.ShouldHaveSingleItem().Id.CompareTo(first.Items[0].Id).ShouldBeLessThan(0, "the next page is older");
        (await admin.ListDeliveriesAsync(new DeliveryListQuery(EmailDeliveryStatuses.Dead, 100), CancellationToken.None))
            .Items.ShouldAllBe(d => d.Status == EmailDeliveryStatuses.Dead);

        var badStatus = await Should.ThrowAsync<StayHubRemoteException>(() =>
            admin.ListDeliveriesAsync(new DeliveryListQuery("lost"), CancellationToken.None));
        badStatus.Status.ShouldBe(400);
        badStatus.Code.ShouldBe(ErrorCodes.ValidationFailed);
        badStatus.Errors.Keys.ShouldContain("status");
        var badPage = await Should.ThrowAsync<StayHubRemoteException>(() =>
            admin.ListDeliveriesAsync(new DeliveryListQuery(null, 101), CancellationToken.None));
        badPage.Status.ShouldBe(400);
        badPage.Code.ShouldBe(ErrorCodes.ValidationFailed);

        var forbidden = await Should.ThrowAsync<StayHubRemoteException>(() =>
            stay.Guest.Get<INotificationDeliveryAdminAppService>().ListDeliveriesAsync(new DeliveryListQuery(), CancellationToken.None));
        forbidden.Status.ShouldBe(403);
        forbidden.Code.ShouldBe(ErrorCodes.Forbidden);
        var anonymous = await Should.ThrowAsync<StayHubRemoteException>(() =>
            host.Anonymous().Get<INotificationDeliveryAdminAppService>().ListDeliveriesAsync(new DeliveryListQuery(), CancellationToken.None));
        anonymous.Status.ShouldBe(401);
        anonymous.Code.ShouldBe(ErrorCodes.Unauthorized);
    }

    [Fact]
    [CoversMethod(typeof(INotificationDeliveryAdminAppService), nameof(INotificationDeliveryAdminAppService.RetryDeliveryAsync))]
    public async Task An_admin_retries_a_dead_delivery_until_it_is_sent_and_a_sent_or_unknown_one_is_refused()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var guest = await host.CreateUserAsync();
        var day = ClientFlows.FutureDay();
        await guest.Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, day, day.AddDays(2), 1, null), CancellationToken.None);
        var admin = host.Admin().Get<INotificationDeliveryAdminAppService>();
        var delivery = (await SentDeliveriesToAsync(admin, owner.Email, 1)).Items.First(d => d.Recipient == owner.Email);

        var sent = await Should.ThrowAsync<StayHubRemoteException>(() => admin.RetryDeliveryAsync(delivery.Id, CancellationToken.None));
        sent.Status.ShouldBe(409);
        sent.Code.ShouldBe(NotificationErrorCodes.DeliveryNotRetryable);
        var unknown = await Should.ThrowAsync<StayHubRemoteException>(() => admin.RetryDeliveryAsync(Guid.CreateVersion7(), CancellationToken.None));
        unknown.Status.ShouldBe(404);
        unknown.Code.ShouldBe(ErrorCodes.NotFound);
        var forbidden = await Should.ThrowAsync<StayHubRemoteException>(() =>
            guest.Get<INotificationDeliveryAdminAppService>().RetryDeliveryAsync(delivery.Id, CancellationToken.None));
        forbidden.Status.ShouldBe(403);
        forbidden.Code.ShouldBe(ErrorCodes.Forbidden);

        // A delivery the worker gave up on (as after Email:MaxAttempts SMTP failures), its body still there to send again:
        // the fixture writes mail to a pickup folder, which does not fail, so the row is put in that state directly.
        await host.ScalarAsync<int>("""
            UPDATE notifications.email_deliveries SET status = 'dead', next_attempt_at = NULL, sent_at = NULL, attempts = 5,
                last_error = 'gave up', html_body = '<p>Sent again</p>', text_body = 'Sent again' WHERE id = @id
            """, ("id", delivery.Id));
        (await admin.ListDeliveriesAsync(new DeliveryListQuery(EmailDeliveryStatuses.Dead, 100), CancellationToken.None))
            .Items.ShouldContain(d => d.Id == delivery.Id && d.LastError == "gave up" && d.Attempts == 5);

        var retried = await admin.RetryDeliveryAsync(delivery.Id, CancellationToken.None);

        retried.Id.ShouldBe(delivery.Id);
        retried.Status.ShouldBe(EmailDeliveryStatuses.Pending);
        retried.Attempts.ShouldBe(0, "a fresh set of attempts");
        retried.NextAttemptAt.ShouldNotBeNull();
        var again = await Eventually.ReachAsync(
            () => admin.ListDeliveriesAsync(new DeliveryListQuery(EmailDeliveryStatuses.Sent, 100), CancellationToken.None),
            p => p.Items.Any(d => d.Id == delivery.Id));
        again.Items.ShouldContain(d => d.Id == delivery.Id && d.SentAt != null && d.Attempts == 1);
        var twice = await Should.ThrowAsync<StayHubRemoteException>(() => admin.RetryDeliveryAsync(delivery.Id, CancellationToken.None));
        twice.Status.ShouldBe(409);
        twice.Code.ShouldBe(NotificationErrorCodes.DeliveryNotRetryable);
    }

    /// <summary>A host with one listing and a guest who asked for two stays on it (two requests: the host hears of both).</summary>
    private async Task<(ClientUser Owner, ClientUser Guest, BookingDto First, BookingDto Second)> RequestTwoStaysAsync()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner, instantBook: false);
        var guest = await host.CreateUserAsync();
        var day = ClientFlows.FutureDay();
        var bookings = guest.Get<IBookingAppService>();
        var first = await bookings.CreateBookingAsync(new CreateBookingRequest(listing.Id, day, day.AddDays(2), 1, null), CancellationToken.None);

        // Requested one after the other, so "newest first" has an order to check.
        await NotificationsAsync(owner, 1);
        var second = await bookings.CreateBookingAsync(new CreateBookingRequest(listing.Id, day.AddDays(5), day.AddDays(7), 1, null), CancellationToken.None);
        return (owner, guest, first, second);
    }

    /// <summary>The user's notifications once there are at least <paramref name="count"/> (fails the test when they do not come).</summary>
    private static async Task<NotificationPage> NotificationsAsync(ClientUser user, int count)
    {
        var page = await Eventually.ReachAsync(
            () => user.Get<INotificationAppService>().ListNotificationsAsync(new NotificationListQuery(PageSize: 100), CancellationToken.None),
            p => p.Items.Count >= count);
        page.Items.Count.ShouldBeGreaterThanOrEqualTo(count, $"{count} notification(s) expected for {user.Email}");
        return page;
    }

    /// <summary>The newest sent deliveries once <paramref name="count"/> of them are to <paramref name="recipient"/>.</summary>
    private static async Task<CursorPage<EmailDeliveryDto>> SentDeliveriesToAsync(INotificationDeliveryAdminAppService admin, string recipient, int count)
    {
        var page = await Eventually.ReachAsync(
            () => admin.ListDeliveriesAsync(new DeliveryListQuery(EmailDeliveryStatuses.Sent, 100), CancellationToken.None),
            p => p.Items.Count(d => d.Recipient == recipient) >= count);
        page.Items.Count(d => d.Recipient == recipient).ShouldBeGreaterThanOrEqualTo(count, $"{count} sent delivery(ies) expected to {recipient}");
        return page;
    }
}
