using System.Net;
using StayHub.Framework.Contracts;
using StayHub.Framework.Emailing;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Payments;
using StayHub.Notifications.Contracts;

namespace StayHub.Host.Tests.Notifications;

/// <summary>The in-app API (only one's own), the admin deliveries list and retry, and an SMTP outage.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class InAppAndAdminTests(NotificationsHost host)
{
    [Fact]
    public async Task The_list_pages_counts_unread_and_marks_read_only_ones_own()
    {
        var stay = await host.BookAsync();
        await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        await NotificationsHost.InAppAsync(stay.Host, NotificationTypes.BookingConfirmed);
        await NotificationsHost.InAppAsync(stay.Host, NotificationTypes.BookingRequested);

        var first = await NotificationsHost.ListAsync(stay.Host, "?pageSize=1");
        first.Items.ShouldHaveSingleItem().Type.ShouldBe(NotificationTypes.BookingConfirmed, "newest first");
        first.UnreadCount.ShouldBe(2);
        first.NextCursor.ShouldNotBeNull();
        var second = await NotificationsHost.ListAsync(stay.Host, $"?pageSize=1&cursor={Uri.EscapeDataString(first.NextCursor)}");
        second.Items.ShouldHaveSingleItem().Type.ShouldBe(NotificationTypes.BookingRequested);
        second.NextCursor.ShouldBeNull();

        var id = first.Items[0].Id;
        await (await stay.Guest.Client.PostAsync($"/api/notifications/{id}/read", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await stay.Guest.Client.PostAsync($"/api/notifications/{Guid.CreateVersion7()}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stay.Host.Client.PostAsync($"/api/notifications/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await stay.Host.Client.GetAsync("/api/notifications/unread-count")).ShouldBeJsonAsync<UnreadCountDto>()).UnreadCount.ShouldBe(1);
        var unread = await NotificationsHost.ListAsync(stay.Host, "?unreadOnly=true");
        unread.Items.ShouldHaveSingleItem().Type.ShouldBe(NotificationTypes.BookingRequested);
        (await NotificationsHost.ListAsync(stay.Host)).Items.Single(n => n.Id == id).ReadAt.ShouldNotBeNull();

        (await stay.Host.Client.PostAsync("/api/notifications/read-all", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await stay.Host.Client.GetAsync("/api/notifications/unread-count")).ShouldBeJsonAsync<UnreadCountDto>()).UnreadCount.ShouldBe(0);
        (await NotificationsHost.ListAsync(stay.Guest)).Items.ShouldNotContain(n => n.Id == id, "someone else's notifications are never listed");

        (await host.CreateClient().GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await stay.Host.Client.GetAsync("/api/notifications?pageSize=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task An_smtp_outage_fails_the_delivery_and_it_is_delivered_once_when_smtp_is_back()
    {
        await host.StopSmtpAsync();
        var stay = await host.BookAsync();
        var failed = await PaymentsFixture.EventuallyAsync(
            () => host.ScalarAsync<string>("SELECT status || ':' || coalesce(last_error, '') FROM notifications.email_deliveries WHERE recipient = @r", ("r", stay.Host.Email)),
            s => s is not null && s.StartsWith(EmailDeliveryStatuses.Failed, StringComparison.Ordinal));
        failed.ShouldNotBeNull();
        failed.ShouldStartWith("failed:");
        failed.Length.ShouldBeGreaterThan("failed:".Length, "the SMTP error is recorded");

        await host.StartSmtpAsync();
        var subject = "New booking request for Test listing";
        await host.EmailAsync(stay.Host, subject);
        (await host.EmailsAfterAsync(stay.Host, TimeSpan.FromSeconds(1.5))).Count(m => m.Subject == subject).ShouldBe(1);
        (await host.ScalarAsync<string>("SELECT status FROM notifications.email_deliveries WHERE recipient = @r", ("r", stay.Host.Email))).ShouldBe(EmailDeliveryStatuses.Sent);
        (await host.ScalarAsync<int>("SELECT attempts FROM notifications.email_deliveries WHERE recipient = @r", ("r", stay.Host.Email))).ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task Admins_list_deliveries_by_status_and_retry_only_failed_or_dead_ones()
    {
        var stay = await host.BookAsync();
        var subject = "New booking request for Test listing";
        await host.EmailAsync(stay.Host, subject);
        var admin = await host.CreateAdminClientAsync();
        var deliveryId = await PaymentsFixture.EventuallyAsync(
            () => host.ScalarAsync<Guid>("SELECT id FROM notifications.email_deliveries WHERE recipient = @r AND status = 'sent'", ("r", stay.Host.Email)),
            id => id != Guid.Empty);

        var sent = await (await admin.GetAsync("/api/admin/notifications/deliveries?status=sent&pageSize=100")).ShouldBeJsonAsync<CursorPage<EmailDeliveryDto>>();
        sent.Items.ShouldAllBe(d => d.Status == EmailDeliveryStatuses.Sent);
        sent.Items.ShouldContain(d => d.Id == deliveryId && d.Recipient == stay.Host.Email && d.Kind == NotificationTypes.BookingRequested && d.SentAt != null);
        await (await admin.PostAsync($"/api/admin/notifications/deliveries/{deliveryId}/retry", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, NotificationErrorCodes.DeliveryNotRetryable);

        // A delivery given up on (as after MaxAttempts), with its body still there for the retry.
        await host.ScalarAsync<int>("""
            UPDATE notifications.email_deliveries SET status = 'dead', next_attempt_at = NULL, last_error = 'gave up',
                html_body = '<p>again</p>', text_body = 'again' WHERE id = @id
            """, ("id", deliveryId));
        var dead = await (await admin.GetAsync("/api/admin/notifications/deliveries?status=dead")).ShouldBeJsonAsync<CursorPage<EmailDeliveryDto>>();
        dead.Items.ShouldContain(d => d.Id == deliveryId && d.LastError == "gave up");
        var retried = await (await admin.PostAsync($"/api/admin/notifications/deliveries/{deliveryId}/retry", null)).ShouldBeJsonAsync<EmailDeliveryDto>();
        retried.Status.ShouldBe(EmailDeliveryStatuses.Pending);
        await host.Smtp.WaitForAsync(m => m.IsFor(stay.Host.Email) && m.Subject == subject && m.Text.Contains("again", StringComparison.Ordinal));

        await (await stay.Host.Client.GetAsync("/api/admin/notifications/deliveries")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.GetAsync("/api/admin/notifications/deliveries?status=lost")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await (await admin.PostAsync($"/api/admin/notifications/deliveries/{Guid.CreateVersion7()}/retry", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
