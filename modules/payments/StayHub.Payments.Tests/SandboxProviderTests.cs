using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;
using StayHub.Payments.Providers;

namespace StayHub.Payments.Tests;

public sealed class SandboxProviderTests
{
    private readonly SandboxPaymentProvider sandbox = new();

    private Task<ChargeResult> ChargeAsync(string paymentMethod, string key = "charge:1") =>
        sandbox.ChargeAsync(new ChargeRequest(Guid.NewGuid(), Guid.NewGuid(), paymentMethod, 12_345, "EUR", key), CancellationToken.None);

    [Theory]
    [InlineData("pm_card_visa")]
    [InlineData("pm_card_mastercard")]
    [InlineData("pm_card_amex")]
    public async Task Stripe_test_cards_that_succeed_succeed(string paymentMethod)
    {
        var result = await ChargeAsync(paymentMethod);

        result.Outcome.ShouldBe(PaymentStatus.Succeeded);
        result.ProviderPaymentId.ShouldNotBeNull().ShouldStartWith("pi_sandbox_");
    }

    [Fact]
    public async Task Charge_declined_fails_with_the_contract_code()
    {
        var result = await ChargeAsync("pm_card_chargeDeclined");

        result.Outcome.ShouldBe(PaymentStatus.Failed);
        result.FailureCode.ShouldBe(PaymentErrorCodes.CardDeclined);
    }

    [Fact]
    public async Task Authentication_required_asks_for_action_with_a_client_secret()
    {
        var result = await ChargeAsync("pm_card_authenticationRequired");

        result.Outcome.ShouldBe(PaymentStatus.RequiresAction);
        result.ClientSecret.ShouldNotBeNull().ShouldStartWith(result.ProviderPaymentId + "_secret_");
    }

    [Fact]
    public async Task An_unknown_payment_method_fails_as_at_Stripe()
    {
        var result = await ChargeAsync("pm_nothing_like_this");

        result.Outcome.ShouldBe(PaymentStatus.Failed);
        result.FailureCode.ShouldBe(PaymentErrorCodes.InvalidPaymentMethod);
    }

    [Fact]
    public async Task The_same_idempotency_key_gives_the_same_ids_and_a_new_key_a_new_one()
    {
        (await ChargeAsync("pm_card_visa", "k1")).ProviderPaymentId.ShouldBe((await ChargeAsync("pm_card_visa", "k1")).ProviderPaymentId);
        (await ChargeAsync("pm_card_visa", "k2")).ProviderPaymentId.ShouldNotBe((await ChargeAsync("pm_card_visa", "k1")).ProviderPaymentId);
    }

    [Fact]
    public async Task Transfers_need_a_connected_account()
    {
        var ok = await sandbox.TransferAsync(new ProviderTransferRequest("acct_123", 100, "USD", Guid.NewGuid(), Guid.NewGuid(), "t1"), CancellationToken.None);
        ok.ShouldStartWith("tr_sandbox_");
        var refused = await Should.ThrowAsync<PaymentProviderException>(() =>
            sandbox.TransferAsync(new ProviderTransferRequest("bank-1", 100, "USD", Guid.NewGuid(), Guid.NewGuid(), "t2"), CancellationToken.None));
        refused.Transient.ShouldBeFalse();
    }
}
