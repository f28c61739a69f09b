using System.Security.Cryptography;
using System.Text;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;

namespace StayHub.Payments.Providers;

/// <summary>
/// The default provider when no Stripe key is configured: behaves like Stripe's test mode for its documented test
/// payment methods, so the whole flow (confirm, decline, 3-D Secure, refunds, payouts) runs with nothing external.
/// Ids are derived from the idempotency key, so retries answer the same as at Stripe.
/// </summary>
internal sealed class SandboxPaymentProvider : IPaymentProvider
{
    private static readonly HashSet<string> Succeeding = new(StringComparer.Ordinal)
    {
        "pm_card_visa", "pm_card_visa_debit", "pm_card_mastercard", "pm_card_mastercard_debit", "pm_card_amex",
        "pm_card_discover", "pm_card_jcb", "pm_card_unionpay",
    };

    private static readonly Dictionary<string, string> Declines = new(StringComparer.Ordinal)
    {
        ["pm_card_chargeDeclined"] = "Your card was declined.",
        ["pm_card_chargeDeclinedInsufficientFunds"] = "Your card has insufficient funds.",
        ["pm_card_chargeDeclinedExpiredCard"] = "Your card has expired.",
        ["pm_card_chargeDeclinedIncorrectCvc"] = "Your card's security code is incorrect.",
        ["pm_card_chargeDeclinedFraudulent"] = "Your card was declined.",
    };

    public string Name => PaymentProviders.Sandbox;

    public Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        var id = "pi_sandbox_" + Token(request.IdempotencyKey);
        var pm = request.PaymentMethodId;
        ChargeResult result =
            Succeeding.Contains(pm) ? new(PaymentStatus.Succeeded, id)
            : pm is "pm_card_authenticationRequired" or "pm_card_threeDSecureRequired"
                ? new(PaymentStatus.RequiresAction, id, ClientSecret: $"{id}_secret_{Token("secret:" + request.IdempotencyKey)}")
            : Declines.TryGetValue(pm, out var reason) ? new(PaymentStatus.Failed, id, FailureCode: PaymentErrorCodes.CardDeclined, FailureMessage: reason)
            : new(PaymentStatus.Failed, null, FailureCode: PaymentErrorCodes.InvalidPaymentMethod, FailureMessage: $"No such PaymentMethod: '{pm}'.");
        return Task.FromResult(result);
    }

    public Task<string> RefundAsync(ProviderRefundRequest request, CancellationToken cancellationToken) =>
        Task.FromResult("re_sandbox_" + Token(request.IdempotencyKey));

    public Task<string> TransferAsync(ProviderTransferRequest request, CancellationToken cancellationToken) =>
        request.DestinationAccountId.StartsWith("acct_", StringComparison.Ordinal)
            ? Task.FromResult("tr_sandbox_" + Token(request.IdempotencyKey))
            : throw new PaymentProviderException($"No such destination: '{request.DestinationAccountId}'.", transient: false);

    private static string Token(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
}
