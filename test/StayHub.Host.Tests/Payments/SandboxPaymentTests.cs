using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Testing;
using StayHub.Payments.Contracts;

namespace StayHub.Host.Tests.Payments;

[Collection(SandboxPaymentsCollection.Name)]
public sealed class SandboxPaymentTests(PaymentsFixture host)
{
    [Fact]
    public async Task Paying_an_instant_book_booking_with_pm_card_visa_confirms_it_and_a_second_payment_is_refused()
    {
        var stay = await host.BookAsync(instantBook: true);

        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id, "pm_card_visa");

        payment.Status.ShouldBe(PaymentStatuses.Succeeded);
        payment.Amount.ShouldBe(stay.Booking.Price.Total);
        payment.ClientSecret.ShouldBeNull();
        var booking = await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed);
        booking.Status.ShouldBe(BookingStatuses.Confirmed);

        await (await stay.Guest.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/payments", new PayRequest("pm_card_visa")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PaymentErrorCodes.AlreadyPaid);
        (await host.ScalarAsync<long>("SELECT count(*) FROM payments.payments WHERE booking_id = @b", ("b", stay.Booking.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_declined_card_fails_with_a_clear_code_leaves_the_booking_pending_and_another_card_can_pay()
    {
        var stay = await host.BookAsync();

        var declined = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id, "pm_card_chargeDeclined");

        declined.Status.ShouldBe(PaymentStatuses.Failed);
        declined.Code.ShouldBe(PaymentErrorCodes.CardDeclined);
        declined.Message.ShouldNotBeNullOrWhiteSpace();
        (await PaymentsFixture.GetBookingAsync(stay.Guest, stay.Booking.Id)).Status.ShouldBe(BookingStatuses.Pending);
        (await host.ScalarAsync<long>("SELECT count(*) FROM payments.ledger_entries WHERE booking_id = @b", ("b", stay.Booking.Id))).ShouldBe(0);

        var paid = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id, "pm_card_mastercard");
        paid.Status.ShouldBe(PaymentStatuses.Succeeded);
        (await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed))
            .Status.ShouldBe(BookingStatuses.Confirmed);
    }

    [Fact]
    public async Task Authentication_required_returns_requires_action_with_a_client_secret_and_captures_only_once_authenticated()
    {
        var stay = await host.BookAsync();

        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id, "pm_card_authenticationRequired");

        payment.Status.ShouldBe(PaymentStatuses.RequiresAction);
        payment.ClientSecret.ShouldNotBeNullOrWhiteSpace();
        payment.ClientSecret.ShouldContain("_secret_");
        var read = await PaymentsFixture.GetPaymentAsync(stay.Guest, payment.Id);
        read.Status.ShouldBe(PaymentStatuses.RequiresAction);
        read.ClientSecret.ShouldBeNull();
        (await PaymentsFixture.GetBookingAsync(stay.Guest, stay.Booking.Id)).Status.ShouldBe(BookingStatuses.Pending);

        // The sandbox stands in for Stripe's client SDK + webhook once the guest has authenticated.
        var stranger = await host.CreateUserAsync();
        await (await stranger.Client.PostAsync($"/api/payments/{payment.Id}/sandbox/complete-authentication", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var captured = await (await stay.Guest.Client.PostAsync($"/api/payments/{payment.Id}/sandbox/complete-authentication", null)).ShouldBeJsonAsync<PaymentDto>();
        captured.Status.ShouldBe(PaymentStatuses.Succeeded);
        await (await stay.Guest.Client.PostAsync($"/api/payments/{payment.Id}/sandbox/complete-authentication", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PaymentErrorCodes.NotAwaitingAction);
        (await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed)).Status.ShouldBe(BookingStatuses.Confirmed);
    }

    [Fact]
    public async Task Request_to_book_waits_for_the_host_after_payment_and_confirms_on_approval()
    {
        var stay = await host.BookAsync(instantBook: false);

        (await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id)).Status.ShouldBe(PaymentStatuses.Succeeded);
        await host.DrainOutboxAsync();
        var paid = await PaymentsFixture.GetBookingAsync(stay.Guest, stay.Booking.Id);
        paid.Status.ShouldBe(BookingStatuses.Pending);

        var approved = await (await stay.Host.Client.PostAsync($"/api/bookings/{stay.Booking.Id}/approve", null)).ShouldBeJsonAsync<BookingDto>();
        approved.Status.ShouldBe(BookingStatuses.Confirmed);
    }

    [Fact]
    public async Task Only_the_guest_pays_readers_are_payer_host_or_admin_and_bad_input_is_a_400()
    {
        var stay = await host.BookAsync();
        var stranger = await host.CreateUserAsync();

        await (await stranger.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/payments", new PayRequest("pm_card_visa")))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stay.Guest.Client.PostJsonAsync($"/api/bookings/{Guid.NewGuid()}/payments", new PayRequest("pm_card_visa")))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stay.Guest.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/payments", new PayRequest("4242 4242 4242 4242")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await (await stay.Guest.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/payments", new PayRequest(null)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await (await host.CreateClient().PostJsonAsync($"/api/bookings/{stay.Booking.Id}/payments", new PayRequest("pm_card_visa")))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        (await PaymentsFixture.GetPaymentAsync(stay.Guest, payment.Id)).Id.ShouldBe(payment.Id);
        (await PaymentsFixture.GetPaymentAsync(stay.Host, payment.Id)).BookingId.ShouldBe(stay.Booking.Id);
        var admin = await host.CreateAdminClientAsync();
        (await (await admin.GetAsync($"/api/payments/{payment.Id}")).ShouldBeJsonAsync<PaymentDto>()).Status.ShouldBe(PaymentStatuses.Succeeded);
        await (await stranger.Client.GetAsync($"/api/payments/{payment.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_cancelled_booking_cannot_be_paid()
    {
        var stay = await host.BookAsync();
        (await stay.Guest.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/cancel", new CancelBookingRequest(null))).EnsureSuccessStatusCode();

        await (await stay.Guest.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/payments", new PayRequest("pm_card_visa")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PaymentErrorCodes.BookingNotPayable);
    }

    [Fact]
    public async Task The_same_Idempotency_Key_replays_the_payment_instead_of_charging_again()
    {
        var stay = await host.BookAsync();
        var key = Guid.NewGuid().ToString();

        async Task<PaymentDto> PayWithKeyAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/bookings/{stay.Booking.Id}/payments")
            {
                Content = JsonContent.Create(new PayRequest("pm_card_visa")),
            };
            request.Headers.Add("Idempotency-Key", key);
            return await (await stay.Guest.Client.SendAsync(request)).ShouldBeJsonAsync<PaymentDto>(HttpStatusCode.Created);
        }

        var first = await PayWithKeyAsync();
        var replay = await PayWithKeyAsync();

        replay.Id.ShouldBe(first.Id);
        (await host.ScalarAsync<long>("SELECT count(*) FROM payments.payments WHERE booking_id = @b", ("b", stay.Booking.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task Guest_cancellation_of_a_paid_booking_refunds_by_policy_and_cancels_the_payout()
    {
        var stay = await host.BookAsync(policy: "flexible");
        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed);
        await host.DrainOutboxAsync();

        var cancelled = await (await stay.Guest.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/cancel", new CancelBookingRequest("plans changed")))
            .ShouldBeJsonAsync<BookingDto>();
        await host.DrainOutboxAsync();

        cancelled.Refund!.Amount.ShouldBe(stay.Booking.Price.Total.Amount);
        var refunded = await PaymentsFixture.GetPaymentAsync(stay.Guest, payment.Id);
        refunded.Status.ShouldBe(PaymentStatuses.Refunded);
        refunded.Refunded.ShouldBe(stay.Booking.Price.Total);
        var payouts = await (await (await host.BecomeHostAsync(stay.Host)).Client.GetAsync("/api/host/payouts")).ShouldBeJsonAsync<CursorPage<PayoutDto>>();
        var payout = payouts.Items.ShouldHaveSingleItem();
        payout.Status.ShouldBe(PayoutStatuses.Cancelled);
        payout.Amount.Amount.ShouldBe(0);
        (await host.ReleasePayoutsAsync(DateTimeOffset.UtcNow.AddYears(3))).ShouldBe(0);
    }

    [Fact]
    public async Task Strict_cancellation_ten_days_ahead_refunds_half_the_nights_and_cleaning_and_the_host_keeps_a_share()
    {
        // Ten days out is before the strict policy's 7-day deadline: 50 % of the nights plus the cleaning fee.
        var checkIn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        var stay = await host.BookAsync(policy: "strict", checkIn: checkIn);
        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed);
        await host.DrainOutboxAsync();

        var cancelled = await (await stay.Guest.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/cancel", new CancelBookingRequest(null)))
            .ShouldBeJsonAsync<BookingDto>();
        await host.DrainOutboxAsync();

        var price = stay.Booking.Price;
        var refund = cancelled.Refund!.Amount;
        refund.ShouldBe((price.NightsTotal.Amount / 2) + price.CleaningFee.Amount);
        var read = await PaymentsFixture.GetPaymentAsync(stay.Guest, payment.Id);
        read.Status.ShouldBe(PaymentStatuses.PartiallyRefunded);
        read.Refunded.Amount.ShouldBe(refund);
        var hostUser = await host.BecomeHostAsync(stay.Host);
        var payout = (await (await hostUser.Client.GetAsync("/api/host/payouts")).ShouldBeJsonAsync<CursorPage<PayoutDto>>()).Items.ShouldHaveSingleItem();
        payout.Status.ShouldBe(PayoutStatuses.Scheduled);
        // What was kept covers the service fee first; the host's share pays the 3 % host fee.
        var kept = price.Total.Amount - refund;
        var hostShare = kept - price.ServiceFee.Amount;
        var hostFee = ((hostShare * 3) + 50) / 100;
        payout.Amount.Amount.ShouldBe(hostShare - hostFee);
        payout.Fees.Amount.ShouldBe(price.ServiceFee.Amount + hostFee);
        (payout.Amount.Amount + payout.Fees.Amount + refund).ShouldBe(price.Total.Amount);
    }

    [Fact]
    public async Task Payouts_wait_for_the_account_then_release_after_check_in_and_the_account_is_encrypted_at_rest()
    {
        var stay = await host.BookAsync(currency: "JPY", nightly: 12_000, cleaning: 3_000);
        await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        await PaymentsFixture.BookingReachingAsync(stay.Guest, stay.Booking.Id, BookingStatuses.Confirmed);
        await host.DrainOutboxAsync();
        var hostUser = await host.BecomeHostAsync(stay.Host);
        var payout = (await (await hostUser.Client.GetAsync("/api/host/payouts")).ShouldBeJsonAsync<CursorPage<PayoutDto>>()).Items.ShouldHaveSingleItem();
        payout.Status.ShouldBe(PayoutStatuses.Scheduled);
        payout.Amount.Currency.ShouldBe("JPY");
        var releaseAt = payout.ReleaseAt;
        releaseAt.ShouldBeGreaterThan(new DateTimeOffset(stay.Booking.CheckIn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));

        (await host.ReleasePayoutsAsync(releaseAt.AddTicks(-1))).ShouldBe(0);
        (await host.ReleasePayoutsAsync(releaseAt)).ShouldBe(0); // no payout account yet
        (await (await hostUser.Client.GetAsync("/api/host/payouts")).ShouldBeJsonAsync<CursorPage<PayoutDto>>()).Items[0].FailureReason.ShouldNotBeNull();

        await (await hostUser.Client.PutAsJsonAsync("/api/host/payout-account", new PayoutAccountRequest("not-an-account"), ApiAssertions.JsonOptions))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var account = await (await hostUser.Client.PutAsJsonAsync("/api/host/payout-account", new PayoutAccountRequest("acct_1TestHostAccount42"), ApiAssertions.JsonOptions))
            .ShouldBeJsonAsync<PayoutAccountDto>();
        account.AccountIdHint.ShouldBe("nt42");
        var stored = await host.ScalarAsync<string>("SELECT account_id FROM payments.payout_accounts WHERE host_id = @h", ("h", hostUser.Id));
        stored.ShouldNotBeNull();
        stored.ShouldNotContain("acct_1TestHostAccount42");

        (await host.ReleasePayoutsAsync(releaseAt)).ShouldBe(1);
        (await host.ReleasePayoutsAsync(releaseAt.AddDays(1))).ShouldBe(0);
        var paid = (await (await hostUser.Client.GetAsync("/api/host/payouts")).ShouldBeJsonAsync<CursorPage<PayoutDto>>()).Items.ShouldHaveSingleItem();
        paid.Status.ShouldBe(PayoutStatuses.Paid);
        paid.PaidAt.ShouldNotBeNull();
        (paid.Amount.Amount + paid.Fees.Amount).ShouldBe(stay.Booking.Price.Total.Amount);

        await (await stay.Guest.Client.GetAsync("/api/host/payouts")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Admin_refunds_never_exceed_what_was_captured()
    {
        var stay = await host.BookAsync(currency: "KWD", nightly: 45_500, cleaning: 2_250);
        var payment = await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);
        var admin = await host.CreateAdminClientAsync();
        var total = stay.Booking.Price.Total.Amount;

        await (await stay.Guest.Client.PostJsonAsync($"/api/admin/payments/{payment.Id}/refund", new AdminRefundRequest(100, null)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostJsonAsync($"/api/admin/payments/{payment.Id}/refund", new AdminRefundRequest(-5, null)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        // KWD moves in steps of 10 fils (Stripe refuses a last digit other than 0): refused before the provider is asked.
        var odd = await (await admin.PostJsonAsync($"/api/admin/payments/{payment.Id}/refund", new AdminRefundRequest(1_001, "goodwill")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        odd.Errors.ShouldContainKey("amount");
        var part = await (await admin.PostJsonAsync($"/api/admin/payments/{payment.Id}/refund", new AdminRefundRequest(1_000, "goodwill")))
            .ShouldBeJsonAsync<RefundDto>();
        part.Amount.ShouldBe(new Money(1_000, "KWD"));
        await (await admin.PostJsonAsync($"/api/admin/payments/{payment.Id}/refund", new AdminRefundRequest(total, null)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PaymentErrorCodes.RefundExceedsCaptured);
        var rest = await (await admin.PostJsonAsync($"/api/admin/payments/{payment.Id}/refund", new AdminRefundRequest(null, null)))
            .ShouldBeJsonAsync<RefundDto>();
        rest.Amount.Amount.ShouldBe(total - 1_000);
        await (await admin.PostJsonAsync($"/api/admin/payments/{payment.Id}/refund", new AdminRefundRequest(10, null)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PaymentErrorCodes.RefundExceedsCaptured);

        var read = await PaymentsFixture.GetPaymentAsync(stay.Guest, payment.Id);
        read.Status.ShouldBe(PaymentStatuses.Refunded);
        read.Refunded.Amount.ShouldBe(total);
        var list = await (await admin.GetAsync($"/api/admin/payments?bookingId={stay.Booking.Id}")).ShouldBeJsonAsync<CursorPage<PaymentDto>>();
        list.Items.ShouldHaveSingleItem().Id.ShouldBe(payment.Id);
    }

    [Fact]
    public async Task The_database_refuses_an_unbalanced_or_edited_ledger()
    {
        var stay = await host.BookAsync();
        await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id);

        var unbalanced = await Should.ThrowAsync<Exception>(() => host.WithPaymentsDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO payments.ledger_entries (transaction_id, kind, account, amount, currency, payment_id, booking_id, created_at)
            VALUES ({Guid.NewGuid()}, 'fee', 'platform', 1, 'USD', {Guid.NewGuid()}, {stay.Booking.Id}, now())
            """)));
        unbalanced.ToString().ShouldContain("does not balance");
        var edited = await Should.ThrowAsync<Exception>(() => host.WithPaymentsDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE payments.ledger_entries SET amount = amount * 2 WHERE booking_id = {stay.Booking.Id}")));
        edited.ToString().ShouldContain("cannot be changed");
    }

    [Fact]
    public async Task An_attempt_left_processing_by_a_crash_is_failed_later_and_stops_blocking_a_new_attempt()
    {
        var stay = await host.BookAsync();
        // As if a node died between writing the attempt and recording the provider's answer.
        var stuck = Guid.CreateVersion7();
        await host.WithPaymentsDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO payments.payments (id, booking_id, payer_id, host_id, provider, payment_method_id, currency, amount, service_fee,
                refunded, status, booking_cancelled, created_at, updated_at)
            VALUES ({stuck}, {stay.Booking.Id}, {stay.Guest.Id}, {stay.Host.Id}, 'Sandbox', 'pm_card_visa', 'USD', {stay.Booking.Price.Total.Amount}, 0,
                0, 'processing', false, {DateTimeOffset.UtcNow.AddMinutes(-11)}, {DateTimeOffset.UtcNow.AddMinutes(-11)})
            """));
        await (await stay.Guest.Client.PostJsonAsync($"/api/bookings/{stay.Booking.Id}/payments", new PayRequest("pm_card_visa")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PaymentErrorCodes.InProgress);

        (await host.FailStalePaymentsAsync(DateTimeOffset.UtcNow)).ShouldBe(1);

        (await PaymentsFixture.GetPaymentAsync(stay.Guest, stuck)).Code.ShouldBe(PaymentErrorCodes.ProviderUnavailable);
        (await PaymentsFixture.PayAsync(stay.Guest, stay.Booking.Id)).Status.ShouldBe(PaymentStatuses.Succeeded);
    }
}
