using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Payments.Contracts;

namespace StayHub.Http.Client.Tests.RealHost;

/// <summary>The payments module's application services through the proxies, on the sandbox provider of the real host.</summary>
[Collection(ClientHostCollection.Name)]
public sealed class PaymentClientTests(ClientHostFixture host)
{
    [Fact]
    [CoversMethod(typeof(IPaymentAppService), nameof(IPaymentAppService.PayBookingAsync))]
    [CoversMethod(typeof(IPaymentAppService), nameof(IPaymentAppService.GetPaymentAsync))]
    public async Task Paying_with_a_visa_confirms_the_booking_a_declined_card_fails_with_its_code_and_strangers_get_404()
    {
        var (owner, guest, booking) = await BookAsync();
        var payments = guest.Get<IPaymentAppService>();

        var declined = await payments.PayBookingAsync(booking.Id, new PayRequest("pm_card_chargeDeclined"), CancellationToken.None);
        declined.Status.ShouldBe(PaymentStatuses.Failed);
        declined.Code.ShouldBe(PaymentErrorCodes.CardDeclined);

        var paid = await payments.PayBookingAsync(booking.Id, new PayRequest("pm_card_visa"), CancellationToken.None);
        paid.Status.ShouldBe(PaymentStatuses.Succeeded);
        paid.BookingId.ShouldBe(booking.Id);
        paid.Amount.ShouldBe(booking.Price.Total);

        var confirmed = await Eventually.ReachAsync(() => guest.Get<IBookingAppService>().GetBookingAsync(booking.Id, CancellationToken.None), b => b.Status == BookingStatuses.Confirmed);
        confirmed.Status.ShouldBe(BookingStatuses.Confirmed);

        (await payments.GetPaymentAsync(paid.Id, CancellationToken.None)).Status.ShouldBe(PaymentStatuses.Succeeded);
        (await owner.Get<IPaymentAppService>().GetPaymentAsync(paid.Id, CancellationToken.None)).Id.ShouldBe(paid.Id);

        var stranger = await host.CreateUserAsync();
        var hidden = await Should.ThrowAsync<StayHubRemoteException>(() => stranger.Get<IPaymentAppService>().GetPaymentAsync(paid.Id, CancellationToken.None));
        hidden.Status.ShouldBe(404);
        hidden.Code.ShouldBe(ErrorCodes.NotFound);
        var notTheirs = await Should.ThrowAsync<StayHubRemoteException>(() =>
            stranger.Get<IPaymentAppService>().PayBookingAsync(booking.Id, new PayRequest("pm_card_visa"), CancellationToken.None));
        notTheirs.Status.ShouldBe(404);

        var twice = await Should.ThrowAsync<StayHubRemoteException>(() => payments.PayBookingAsync(booking.Id, new PayRequest("pm_card_visa"), CancellationToken.None));
        twice.Status.ShouldBe(409);
        twice.Code.ShouldBe(PaymentErrorCodes.AlreadyPaid);
    }

    [Fact]
    [CoversMethod(typeof(IPaymentAppService), nameof(IPaymentAppService.CompleteSandboxAuthenticationAsync))]
    public async Task A_payment_requiring_authentication_is_captured_once_completed_and_only_once()
    {
        var (_, guest, booking) = await BookAsync();
        var payments = guest.Get<IPaymentAppService>();
        var payment = await payments.PayBookingAsync(booking.Id, new PayRequest("pm_card_authenticationRequired"), CancellationToken.None);
        payment.Status.ShouldBe(PaymentStatuses.RequiresAction);
        payment.ClientSecret.ShouldNotBeNullOrWhiteSpace();

        var captured = await payments.CompleteSandboxAuthenticationAsync(payment.Id, CancellationToken.None);

        captured.Status.ShouldBe(PaymentStatuses.Succeeded);
        var again = await Should.ThrowAsync<StayHubRemoteException>(() => payments.CompleteSandboxAuthenticationAsync(payment.Id, CancellationToken.None));
        again.Status.ShouldBe(409);
        again.Code.ShouldBe(PaymentErrorCodes.NotAwaitingAction);
    }

    [Fact]
    [CoversMethod(typeof(IPaymentAdminAppService), nameof(IPaymentAdminAppService.ListPaymentsAsync))]
    [CoversMethod(typeof(IPaymentAdminAppService), nameof(IPaymentAdminAppService.RefundPaymentAsync))]
    public async Task An_admin_lists_and_partly_refunds_a_payment_never_more_than_captured_and_a_guest_is_forbidden()
    {
        var (_, guest, booking) = await BookAsync();
        var paid = await guest.Get<IPaymentAppService>().PayBookingAsync(booking.Id, new PayRequest("pm_card_visa"), CancellationToken.None);
        var admin = host.Admin().Get<IPaymentAdminAppService>();

        var page = await admin.ListPaymentsAsync(new AdminPaymentListQuery(null, booking.Id, null, 10), CancellationToken.None);
        page.Items.ShouldHaveSingleItem().Id.ShouldBe(paid.Id);

        var refund = await admin.RefundPaymentAsync(paid.Id, new AdminRefundRequest(1_000, "goodwill"), CancellationToken.None);
        refund.PaymentId.ShouldBe(paid.Id);
        refund.Amount.ShouldBe(new Money(1_000, paid.Amount.Currency));
        (await guest.Get<IPaymentAppService>().GetPaymentAsync(paid.Id, CancellationToken.None)).Refunded.Amount.ShouldBe(1_000);

        var tooMuch = await Should.ThrowAsync<StayHubRemoteException>(() =>
            admin.RefundPaymentAsync(paid.Id, new AdminRefundRequest(paid.Amount.Amount, "all of it again"), CancellationToken.None));
        tooMuch.Status.ShouldBe(409);
        tooMuch.Code.ShouldBe(PaymentErrorCodes.RefundExceedsCaptured);

        var forbidden = await Should.ThrowAsync<StayHubRemoteException>(() =>
            guest.Get<IPaymentAdminAppService>().ListPaymentsAsync(new AdminPaymentListQuery(null, null, null, null), CancellationToken.None));
        forbidden.Status.ShouldBe(403);
        forbidden.Code.ShouldBe(ErrorCodes.Forbidden);
    }

    [Fact]
    [CoversMethod(typeof(IPayoutAppService), nameof(IPayoutAppService.ListMyPayoutsAsync))]
    [CoversMethod(typeof(IPayoutAppService), nameof(IPayoutAppService.GetMyPayoutAccountAsync))]
    [CoversMethod(typeof(IPayoutAppService), nameof(IPayoutAppService.SetMyPayoutAccountAsync))]
    public async Task A_host_sees_the_payout_of_a_paid_stay_and_sets_a_payout_account_shown_masked()
    {
        var (owner, guest, booking) = await BookAsync();
        await guest.Get<IPaymentAppService>().PayBookingAsync(booking.Id, new PayRequest("pm_card_visa"), CancellationToken.None);
        var payouts = owner.Get<IPayoutAppService>();

        var page = await Eventually.ReachAsync(() => payouts.ListMyPayoutsAsync(null, 10, CancellationToken.None), p => p.Items.Count > 0);
        var payout = page.Items.ShouldHaveSingleItem();
        payout.BookingId.ShouldBe(booking.Id);
        payout.Status.ShouldBe(PayoutStatuses.Scheduled);

        var none = await Should.ThrowAsync<StayHubRemoteException>(() => payouts.GetMyPayoutAccountAsync(CancellationToken.None));
        none.Status.ShouldBe(404);
        var invalid = await Should.ThrowAsync<StayHubRemoteException>(() => payouts.SetMyPayoutAccountAsync(new PayoutAccountRequest("not-an-account"), CancellationToken.None));
        invalid.Status.ShouldBe(400);
        invalid.Code.ShouldBe(ErrorCodes.ValidationFailed);
        invalid.Errors.Keys.ShouldContain("accountId");

        var account = await payouts.SetMyPayoutAccountAsync(new PayoutAccountRequest("acct_1TestHostAccount42"), CancellationToken.None);
        account.AccountIdHint.ShouldBe("nt42");
        (await payouts.GetMyPayoutAccountAsync(CancellationToken.None)).AccountIdHint.ShouldBe("nt42");

        var notAHost = await Should.ThrowAsync<StayHubRemoteException>(() => guest.Get<IPayoutAppService>().ListMyPayoutsAsync(null, null, CancellationToken.None));
        notAHost.Status.ShouldBe(403);
        notAHost.Code.ShouldBe(ErrorCodes.Forbidden);
    }

    private async Task<(ClientUser Owner, ClientUser Guest, BookingDto Booking)> BookAsync()
    {
        var owner = await host.CreateHostAsync();
        var listing = await host.CreateListingAsync(owner);
        var guest = await host.CreateUserAsync();
        var day = ClientFlows.FutureDay();
        var booking = await guest.Get<IBookingAppService>()
            .CreateBookingAsync(new CreateBookingRequest(listing.Id, day, day.AddDays(2), 1, null), CancellationToken.None);
        return (owner, guest, booking);
    }
}
