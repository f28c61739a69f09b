using System.Net;
using System.Net.Http.Json;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Payments.Contracts;

namespace StayHub.Host.Tests.Payments;

/// <summary>The Stripe path end to end: the real Stripe.net client against a stand-in, webhooks signed as Stripe signs them.</summary>
[Collection(StripePaymentsCollection.Name)]
public sealed class StripePaymentTests(StripePaymentsFixture host)
{
    private StripeStandIn Stripe => host.Stripe;

    [Fact]
    public async Task A_charge_is_a_confirmed_PaymentIntent_carrying_our_idempotency_key_and_it_confirms_the_booking()
    {
        var stay = await host.BookAsync();

        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id, "pm_card_visa");

        payment.Status.ShouldBe(PaymentStatuses.Succeeded);
        var call = Stripe.Calls("/v1/payment_intents").Single(c => c.Form.GetValueOrDefault("metadata[payment_id]") == payment.Id.ToString());
        call.IdempotencyKey.ShouldBe($"charge:{payment.Id}");
        call.Authorization.ShouldBe($"Bearer {StripeStandIn.SecretKey}");
        call.Form["amount"].ShouldBe(stay.Booking.Price.Total.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        call.Form["currency"].ShouldBe("usd");
        call.Form["payment_method"].ShouldBe("pm_card_visa");
        call.Form["confirm"].ShouldBe("true");
        call.Form["metadata[booking_id]"].ShouldBe(stay.Booking.Id.ToString());
        (await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed))
            .Status.ShouldBe(BookingStatuses.Confirmed);
    }

    [Fact]
    public async Task A_decline_is_a_failed_payment_with_a_code_and_an_outage_is_a_502_that_blocks_nothing()
    {
        var stay = await host.BookAsync();

        var declined = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id, "pm_card_chargeDeclined");
        declined.Status.ShouldBe(PaymentStatuses.Failed);
        declined.Code.ShouldBe(PaymentErrorCodes.CardDeclined);
        declined.Message.ShouldBe("Your card was declined.");

        await (await stay.Guest.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/payments", new PayRequest("pm_card_providerOutage")))
            .ShouldBeProblemAsync(HttpStatusCode.BadGateway, PaymentErrorCodes.ProviderUnavailable);
        (await PaymentsFixture.GetBookingAsync(stay.Guest, stay.Booking.Id)).Status.ShouldBe(BookingStatuses.Pending);

        (await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id, "pm_card_visa")).Status.ShouldBe(PaymentStatuses.Succeeded);
    }

    [Fact]
    public async Task Webhooks_with_a_bad_or_stale_signature_are_400_and_change_nothing()
    {
        var stay = await host.BookAsync();
        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id, "pm_card_authenticationRequired");
        var intentId = await ProviderIdOfAsync(payment);
        var json = StripeStandIn.Event($"evt_{Guid.NewGuid():N}", "payment_intent.succeeded", StripeStandIn.PaymentIntent(intentId, payment.Amount.Amount, "usd", "succeeded"), DateTimeOffset.UtcNow);

        await (await host.PostWebhookAsync(json, signature: StripeStandIn.Sign(json, DateTimeOffset.UtcNow, "whsec_someone_else")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PaymentErrorCodes.InvalidSignature);
        await (await host.PostWebhookAsync(json, signedAt: DateTimeOffset.UtcNow.AddMinutes(-10)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PaymentErrorCodes.InvalidSignature);
        await (await host.PostWebhookAsync(json, signature: "")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, PaymentErrorCodes.InvalidSignature);
        await (await host.PostWebhookAsync(json.Replace("succeeded", "succeeded ", StringComparison.Ordinal), signature: StripeStandIn.Sign(json, DateTimeOffset.UtcNow)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PaymentErrorCodes.InvalidSignature);

        (await PaymentsFixture.GetPaymentAsync(stay.Guest, payment.Id)).Status.ShouldBe(PaymentStatuses.RequiresAction);
        // With Stripe configured the sandbox's shortcut does not exist.
        await (await stay.Guest.Client.PostAsync($"/api/payments/{payment.Id}/sandbox/complete-authentication", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Authentication_finished_by_webhook_captures_once_however_often_it_is_delivered()
    {
        var stay = await host.BookAsync();
        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id, "pm_card_authenticationRequired");
        payment.Status.ShouldBe(PaymentStatuses.RequiresAction);
        payment.ClientSecret.ShouldNotBeNullOrEmpty();
        var intentId = await ProviderIdOfAsync(payment);
        var json = StripeStandIn.Event($"evt_{Guid.NewGuid():N}", "payment_intent.succeeded", StripeStandIn.PaymentIntent(intentId, payment.Amount.Amount, "usd", "succeeded"), DateTimeOffset.UtcNow);

        (await (await host.PostWebhookAsync(json)).ShouldBeJsonAsync<ReceiptDto>()).Result.ShouldBe("processed");
        (await (await host.PostWebhookAsync(json)).ShouldBeJsonAsync<ReceiptDto>()).Result.ShouldBe("duplicate");
        // Stripe may also send the same news under a new event id: still one capture.
        var again = StripeStandIn.Event($"evt_{Guid.NewGuid():N}", "payment_intent.succeeded", StripeStandIn.PaymentIntent(intentId, payment.Amount.Amount, "usd", "succeeded"), DateTimeOffset.UtcNow);
        (await (await host.PostWebhookAsync(again)).ShouldBeJsonAsync<ReceiptDto>()).Result.ShouldBe("processed");
        await host.DrainOutboxAsync();

        (await PaymentsFixture.GetPaymentAsync(stay.Guest, payment.Id)).Status.ShouldBe(PaymentStatuses.Succeeded);
        (await PaymentsFixture.GetBookingAsync(stay.Guest, stay.Booking.Id)).Status.ShouldBe(BookingStatuses.Confirmed);
        (await host.ScalarAsync<long>("SELECT count(*) FROM payments.ledger_entries WHERE payment_id = @p AND kind = 'charge'", ("p", payment.Id))).ShouldBe(2);
    }

    [Fact]
    public async Task Out_of_order_events_end_in_the_right_state()
    {
        var stay = await host.BookAsync();
        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id, "pm_card_authenticationRequired");
        var intentId = await ProviderIdOfAsync(payment);
        var now = DateTimeOffset.UtcNow;
        var failed = StripeStandIn.Event($"evt_{Guid.NewGuid():N}", "payment_intent.payment_failed", StripeStandIn.PaymentIntent(intentId, payment.Amount.Amount, "usd", "requires_payment_method"), now.AddSeconds(-30));
        var succeeded = StripeStandIn.Event($"evt_{Guid.NewGuid():N}", "payment_intent.succeeded", StripeStandIn.PaymentIntent(intentId, payment.Amount.Amount, "usd", "succeeded"), now);

        // The later success arrives first; the earlier failure (a first attempt) arrives after it and changes nothing.
        (await host.PostWebhookAsync(succeeded)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.PostWebhookAsync(failed)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var read = await PaymentsFixture.GetPaymentAsync(stay.Guest, payment.Id);
        read.Status.ShouldBe(PaymentStatuses.Succeeded);
        read.Code.ShouldBeNull();
    }

    [Fact]
    public async Task A_capture_landing_after_the_booking_was_cancelled_is_refunded_in_full_at_Stripe()
    {
        var stay = await host.BookAsync();
        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id, "pm_card_authenticationRequired");
        (await stay.Guest.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/cancel", new CancelBookingRequest("changed my mind"))).EnsureSuccessStatusCode();
        await host.DrainOutboxAsync();

        var intentId = await ProviderIdOfAsync(payment);
        var json = StripeStandIn.Event($"evt_{Guid.NewGuid():N}", "payment_intent.succeeded", StripeStandIn.PaymentIntent(intentId, payment.Amount.Amount, "usd", "succeeded"), DateTimeOffset.UtcNow);
        (await host.PostWebhookAsync(json)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await host.DrainOutboxAsync();

        var read = await PaymentsFixture.GetPaymentAsync(stay.Guest, payment.Id);
        read.Status.ShouldBe(PaymentStatuses.Refunded);
        read.Refunded.ShouldBe(payment.Amount);
        var refund = Stripe.Calls("/v1/refunds").Single(c => c.Form["payment_intent"] == intentId);
        refund.IdempotencyKey.ShouldBe($"refund:unhonoured:{payment.Id}");
        refund.Form["amount"].ShouldBe(payment.Amount.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await PaymentsFixture.GetBookingAsync(stay.Guest, stay.Booking.Id)).Status.ShouldBe(BookingStatuses.Cancelled);
    }

    [Fact]
    public async Task Cancellation_refunds_at_Stripe_once_and_the_echoing_charge_refunded_event_changes_nothing()
    {
        var stay = await host.BookAsync(policy: "flexible");
        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed);
        await host.DrainOutboxAsync();

        (await stay.Host.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/cancel", new CancelBookingRequest("pipe burst"))).EnsureSuccessStatusCode();
        await host.DrainOutboxAsync();

        var intentId = await ProviderIdOfAsync(payment);
        var refund = Stripe.Calls("/v1/refunds").Single(c => c.Form["payment_intent"] == intentId);
        refund.IdempotencyKey.ShouldBe($"refund:cancel:{payment.Id}");
        var total = stay.Booking.Price.Total.Amount;
        refund.Form["amount"].ShouldBe(total.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var echo = StripeStandIn.Event($"evt_{Guid.NewGuid():N}", "charge.refunded", StripeStandIn.Charge($"ch_{Guid.NewGuid():N}", intentId, total, total), DateTimeOffset.UtcNow);
        (await host.PostWebhookAsync(echo)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var read = await PaymentsFixture.GetPaymentAsync(stay.Guest, payment.Id);
        read.Status.ShouldBe(PaymentStatuses.Refunded);
        read.Refunded.Amount.ShouldBe(total);
        (await host.ScalarAsync<long>("SELECT count(*) FROM payments.refunds WHERE payment_id = @p", ("p", payment.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_refund_made_in_the_Stripe_dashboard_is_booked_from_the_webhook()
    {
        var stay = await host.BookAsync();
        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        var intentId = await ProviderIdOfAsync(payment);

        var json = StripeStandIn.Event($"evt_{Guid.NewGuid():N}", "charge.refunded", StripeStandIn.Charge($"ch_{Guid.NewGuid():N}", intentId, payment.Amount.Amount, 2_500), DateTimeOffset.UtcNow);
        (await host.PostWebhookAsync(json)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var read = await PaymentsFixture.GetPaymentAsync(stay.Guest, payment.Id);
        read.Status.ShouldBe(PaymentStatuses.PartiallyRefunded);
        read.Refunded.ShouldBe(new Money(2_500, "USD"));
    }

    [Fact]
    public async Task Payouts_are_Connect_transfers_with_our_idempotency_key_and_a_reversal_marks_them_failed()
    {
        var stay = await host.BookAsync();
        await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed);
        await host.DrainOutboxAsync();
        var hostUser = await host.BecomeHostAsync(stay.Host);
        var account = $"acct_{Guid.NewGuid():N}";
        (await hostUser.Client.PutAsJsonAsync("/api/host/payout-account", new PayoutAccountRequest(account), ApiAssertions.JsonOptions)).EnsureSuccessStatusCode();
        var payout = (await (await hostUser.Client.GetAsync("/api/host/payouts")).ShouldBeJsonAsync<CursorPage<PayoutDto>>()).Items.ShouldHaveSingleItem();

        (await host.ReleasePayoutsAsync(payout.ReleaseAt)).ShouldBeGreaterThanOrEqualTo(1);

        var transfer = Stripe.Calls("/v1/transfers").Single(c => c.Form["destination"] == account);
        transfer.IdempotencyKey.ShouldBe($"transfer:{payout.Id}");
        transfer.Form["amount"].ShouldBe(payout.Amount.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        transfer.Form["currency"].ShouldBe("usd");
        transfer.Form["transfer_group"].ShouldBe(stay.Booking.Id.ToString());
        var paid = (await (await hostUser.Client.GetAsync("/api/host/payouts")).ShouldBeJsonAsync<CursorPage<PayoutDto>>()).Items.ShouldHaveSingleItem();
        paid.Status.ShouldBe(PayoutStatuses.Paid);

        var transferId = await host.ScalarAsync<string>("SELECT provider_transfer_id FROM payments.payouts WHERE id = @id", ("id", payout.Id));
        var reversed = StripeStandIn.Event($"evt_{Guid.NewGuid():N}", "transfer.reversed", StripeStandIn.Transfer(transferId!, payout.Amount.Amount, account), DateTimeOffset.UtcNow);
        (await host.PostWebhookAsync(reversed)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await hostUser.Client.GetAsync("/api/host/payouts")).ShouldBeJsonAsync<CursorPage<PayoutDto>>()).Items.Single().Status.ShouldBe(PayoutStatuses.Failed);
    }

    private async Task<string> ProviderIdOfAsync(PaymentDto payment)
    {
        Stripe.Calls("/v1/payment_intents").ShouldContain(c => c.Form.GetValueOrDefault("metadata[payment_id]") == payment.Id.ToString());
        var id = await host.ScalarAsync<string>("SELECT provider_payment_id FROM payments.payments WHERE id = @id", ("id", payment.Id));
        id.ShouldNotBeNull();
        return id;
    }

    private sealed record ReceiptDto(string Result);
}
