using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Host.Tests.Payments;
using StayHub.Notifications.Application.Reminders;
using StayHub.Notifications.Contracts;
using StayHub.Payments.Contracts;

namespace StayHub.Host.Tests.Notifications;

/// <summary>Each booking and payment event, end to end: the email a real SMTP listener receives and the in-app row.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class NotificationFlowTests(NotificationsHost host)
{
    private const string Listing = "Test listing";

    /// <summary>How the outbox writes event payloads (System.Text.Json, web defaults).</summary>
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_paid_instant_booking_notifies_host_and_guest_once_each_by_email_and_in_app()
    {
        var stay = await host.BookAsync();
        var requested = await host.EmailAsync(stay.Host, $"New booking request for {Listing}");
        requested.Text.ShouldContain("would like to stay");
        requested.Text.ShouldContain("$280.00");
        requested.Html.ShouldContain($"https://app.stayhub.test/bookings/{stay.Booking.Id}");

        await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        (await host.EmailAsync(stay.Guest, "Payment received: $280.00")).Text.ShouldContain($"for {Listing}");
        (await host.EmailAsync(stay.Guest, $"Booking confirmed: {Listing}")).Text.ShouldContain("Total: $280.00");
        await host.EmailAsync(stay.Host, $"New confirmed booking: {Listing}");

        var inApp = await NotificationsHost.InAppAsync(stay.Host, NotificationTypes.BookingRequested);
        inApp.Title.ShouldBe($"New booking request for {Listing}");
        inApp.Link.ShouldBe($"/bookings/{stay.Booking.Id}");
        inApp.ReadAt.ShouldBeNull();
        await NotificationsHost.InAppAsync(stay.Guest, NotificationTypes.PaymentSucceeded);
        await NotificationsHost.InAppAsync(stay.Guest, NotificationTypes.BookingConfirmed);

        // Besides the account's own confirmation email (from registering, on the framework's durable path too).
        (await host.EmailsAfterAsync(stay.Guest, TimeSpan.FromSeconds(1))).Select(m => m.Subject).ShouldBe(
            ["Confirm your StayHub email address", "Payment received: $280.00", $"Booking confirmed: {Listing}"], ignoreOrder: true);
        (await host.EmailsAfterAsync(stay.Host, TimeSpan.Zero)).Select(m => m.Subject).ShouldBe(
            ["Confirm your StayHub email address", $"New booking request for {Listing}", $"New confirmed booking: {Listing}"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_french_reader_gets_french_texts_and_amounts_in_the_currencys_minor_units()
    {
        var euro = await host.BookAsync(currency: "EUR");
        await NotificationsHost.SetPreferencesAsync(euro.Guest, language: "fr");
        await PaymentsFixture.PayAsync(euro.Guest, euro.Booking.Id);
        await host.EmailAsync(euro.Guest, "Paiement reçu : 280,00\u00A0€");
        var confirmed = await host.EmailAsync(euro.Guest, $"Réservation confirmée : {Listing}");
        confirmed.Text.ShouldContain("Bonjour");
        confirmed.Text.ShouldContain("Total : 280,00\u00A0€");
        (await NotificationsHost.InAppAsync(euro.Guest, NotificationTypes.BookingConfirmed)).Title.ShouldBe($"Réservation confirmée : {Listing}");

        var yen = await host.BookAsync(currency: "JPY");
        await PaymentsFixture.PayAsync(yen.Guest, yen.Booking.Id);
        await host.EmailAsync(yen.Guest, "Payment received: ¥28,000");
    }

    [Fact]
    public async Task An_email_opt_out_for_bookings_keeps_the_in_app_row_and_the_payment_receipt()
    {
        var stay = await host.BookAsync();
        await NotificationsHost.SetPreferencesAsync(stay.Guest, emailBookings: false);
        await NotificationsHost.SetPreferencesAsync(stay.Host, inAppBookings: false);
        await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);

        await host.EmailAsync(stay.Guest, "Payment received: $280.00");
        await NotificationsHost.InAppAsync(stay.Guest, NotificationTypes.BookingConfirmed);
        await host.EmailAsync(stay.Host, $"New confirmed booking: {Listing}");
        (await host.EmailsAfterAsync(stay.Guest, TimeSpan.FromSeconds(1.5))).ShouldNotContain(m => m.Subject.StartsWith("Booking confirmed", StringComparison.Ordinal));
        (await NotificationsHost.ListAsync(stay.Host)).Items.ShouldNotContain(n => n.Type == NotificationTypes.BookingConfirmed);
    }

    [Fact]
    public async Task A_redelivered_event_creates_no_second_notification_and_sends_no_second_email()
    {
        var stay = await host.BookAsync();
        var subject = $"New booking request for {Listing}";
        await host.EmailAsync(stay.Host, subject);
        var eventId = await host.ScalarAsync<Guid>(
            "SELECT event_id FROM booking.outbox_messages WHERE name = 'booking.requested.v1' AND payload->>'bookingId' = @id", ("id", stay.Booking.Id.ToString()));

        // Redelivery as after a crash, and with the inbox row gone too: only the unique key stands in the way.
        await host.ScalarAsync<int>("UPDATE booking.outbox_messages SET processed_at = NULL WHERE event_id = @e", ("e", eventId));
        await host.ScalarAsync<int>("DELETE FROM notifications.inbox_messages WHERE event_id = @e", ("e", eventId));
        await host.DrainOutboxAsync();

        (await host.EmailsAfterAsync(stay.Host, TimeSpan.FromSeconds(1.5))).Count(m => m.Subject == subject).ShouldBe(1);
        (await host.CountAsync("SELECT count(*) FROM notifications.notifications WHERE event_id = @e", ("e", eventId))).ShouldBe(2L, "one in-app, one email");
        (await host.CountAsync("SELECT count(*) FROM notifications.inbox_messages WHERE event_id = @e", ("e", eventId))).ShouldBe(1L, "the redelivery was handled");
    }

    [Fact]
    public async Task A_host_cancellation_tells_both_sides_who_cancelled_and_the_refund()
    {
        var stay = await host.BookAsync();
        await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed);
        (await stay.Host.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/cancel", new CancelBookingRequest("Pipe burst"))).EnsureSuccessStatusCode();

        var guest = await host.EmailAsync(stay.Guest, $"Booking cancelled: {Listing}");
        guest.Text.ShouldContain("cancelled by the host");
        guest.Text.ShouldContain("Refund: $280.00");
        (await host.EmailAsync(stay.Host, $"Booking cancelled: {Listing}")).Text.ShouldContain("Refund to the guest: $280.00");
        await host.EmailAsync(stay.Guest, "Refund issued: $280.00");
        await NotificationsHost.InAppAsync(stay.Guest, NotificationTypes.RefundIssued);
    }

    [Fact]
    public async Task Requests_approved_declined_or_expired_tell_the_guest()
    {
        var approved = await host.BookAsync(instantBook: false);
        (await approved.Host.Client.PostAsync($"/api/bookings/{approved.Booking.Id}/approve", null)).EnsureSuccessStatusCode();
        await host.EmailAsync(approved.Guest, $"Your request for {Listing} was approved");

        var declined = await host.BookAsync(instantBook: false);
        (await declined.Host.Client.PostAsync($"/api/bookings/{declined.Booking.Id}/decline", null)).EnsureSuccessStatusCode();
        await host.EmailAsync(declined.Guest, $"Your request for {Listing} was declined");
        (await NotificationsHost.ListAsync(declined.Guest)).Items.ShouldNotContain(n => n.Type == NotificationTypes.BookingCancelled);

        var expired = await host.BookAsync();
        await host.DrainOutboxAsync();
        (await host.RunMaintenanceAsync(DateTimeOffset.UtcNow.AddDays(1))).ShouldBeGreaterThan(0);
        await host.EmailAsync(expired.Guest, $"Your booking for {Listing} expired");
    }

    [Fact]
    public async Task A_declined_card_tells_the_guest()
    {
        var stay = await host.BookAsync();
        await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id, "pm_card_chargeDeclined");
        (await host.EmailAsync(stay.Guest, "Payment failed: $280.00")).Text.ShouldContain("did not go through");
    }

    [Fact]
    public async Task The_check_in_reminder_goes_once_within_24_hours_and_completion_asks_both_for_a_review()
    {
        var stay = await host.BookAsync();
        await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed);
        await NotificationsHost.InAppAsync(stay.Guest, NotificationTypes.BookingConfirmed);
        var checkInAt = new DateTimeOffset(stay.Booking.CheckIn.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero);

        await RemindAsync(checkInAt.AddHours(-25));
        (await RemindedAsync(stay.Booking.Id)).ShouldBeFalse("not yet within 24 h");
        (await RemindAsync(checkInAt.AddHours(-23))).ShouldBeGreaterThanOrEqualTo(1);
        (await RemindedAsync(stay.Booking.Id)).ShouldBeTrue();
        await RemindAsync(checkInAt.AddHours(-22));
        (await host.EmailAsync(stay.Guest, $"Check-in tomorrow: {Listing}")).Text.ShouldContain(Spelled(stay.Booking.CheckIn));

        (await host.RunMaintenanceAsync(new DateTimeOffset(stay.Booking.CheckOut.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), complete: true)).ShouldBeGreaterThan(0);
        (await host.EmailAsync(stay.Guest, $"How was {Listing}?")).Html.ShouldContain($"/bookings/{stay.Booking.Id}/review");
        await host.EmailAsync(stay.Host, "Review your guest Booking Test");
        (await host.EmailsAfterAsync(stay.Guest, TimeSpan.FromSeconds(1))).Count(m => m.Subject.StartsWith("Check-in", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_payout_tells_the_host()
    {
        var stay = await host.BookAsync();
        await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed);
        await host.DrainOutboxAsync();

        // The sandbox provider accepts every well-formed account id, so the refusal arrives as payments announces one:
        // a PayoutFailed committed in its outbox (the event is the contract notifications consumes).
        var failed = new PayoutFailed(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), stay.Booking.Id, stay.Host.Id, new Money(25_000, "USD"), "No such destination");
        await host.ScalarAsync<long>(
            "INSERT INTO payments.outbox_messages (event_id, name, payload, occurred_at, attempts) VALUES (@e, 'payments.payout_failed.v1', @p::jsonb, now(), 0) RETURNING id",
            ("e", failed.EventId),
            ("p", JsonSerializer.Serialize(failed, EventJson)));
        await host.DrainOutboxAsync();

        var mail = await host.EmailAsync(stay.Host, "Payout failed: $250.00");
        mail.Text.ShouldContain(Listing);
        mail.Text.ShouldContain("Check your payout account");
        (await NotificationsHost.InAppAsync(stay.Host, NotificationTypes.PayoutFailed)).Link.ShouldBe("/host/payouts");
    }

    [Fact]
    public async Task A_sent_payout_tells_the_host()
    {
        var stay = await host.BookAsync();
        await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed);
        await host.DrainOutboxAsync();
        var owner = await host.BecomeHostAsync(stay.Host);
        (await owner.Client.PutAsJsonAsync("/api/host/payout-account", new StayHub.Payments.Contracts.PayoutAccountRequest("acct_1NotifiedHost42"), ApiAssertions.JsonOptions)).EnsureSuccessStatusCode();

        (await host.ReleasePayoutsAsync(DateTimeOffset.UtcNow.AddYears(3))).ShouldBeGreaterThanOrEqualTo(1);
        var payout = await host.ScalarAsync<long>("SELECT amount FROM payments.payouts WHERE booking_id = @b", ("b", stay.Booking.Id));
        var mail = await host.EmailAsync(owner, $"Payout sent: ${payout / 100}.{payout % 100:00}");
        mail.Text.ShouldContain(Listing);
        await NotificationsHost.InAppAsync(owner, NotificationTypes.PayoutSent);
    }

    private async Task<int> RemindAsync(DateTimeOffset at)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CheckInReminders>().SendDueAsync(at, CancellationToken.None);
    }

    private async Task<bool> RemindedAsync(Guid bookingId) =>
        await host.ScalarAsync<bool>("SELECT reminder_sent_at IS NOT NULL FROM notifications.bookings WHERE booking_id = @b", ("b", bookingId));

    private static string Spelled(DateOnly day) =>
        $"{day.Day} {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(day.Month)} {day.Year}";
}
