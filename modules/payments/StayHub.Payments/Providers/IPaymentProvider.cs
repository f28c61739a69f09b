using StayHub.Payments.Domain;

namespace StayHub.Payments.Providers;

/// <summary>
/// A payment service provider. Every call carries an idempotency key derived from our own ids, so a retry after a
/// timeout or a crash can never charge, refund or transfer twice.
/// </summary>
internal interface IPaymentProvider
{
    string Name { get; }

    /// <summary>Creates and confirms a charge server-side with the guest's payment method.</summary>
    Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken);

    /// <summary>Refunds (part of) a captured charge. Throws <see cref="PaymentProviderException"/> when refused.</summary>
    Task<string> RefundAsync(ProviderRefundRequest request, CancellationToken cancellationToken);

    /// <summary>Sends money to a host's connected account. Throws <see cref="PaymentProviderException"/> when refused.</summary>
    Task<string> TransferAsync(ProviderTransferRequest request, CancellationToken cancellationToken);
}

internal sealed record ChargeRequest(Guid PaymentId, Guid BookingId, string PaymentMethodId, long Amount, string Currency, string IdempotencyKey);

/// <summary>The provider's verdict on a charge.</summary>
/// <param name="Outcome"><c>succeeded</c>, <c>requires_action</c>, <c>processing</c> or <c>failed</c>.</param>
/// <param name="ProviderPaymentId">The provider's id for the charge (Stripe: the PaymentIntent), when one exists.</param>
/// <param name="ClientSecret">For <c>requires_action</c>: what the client finishes authentication with.</param>
/// <param name="FailureCode">For <c>failed</c>: our stable error code.</param>
/// <param name="FailureMessage">For <c>failed</c>: the provider's reason.</param>
internal sealed record ChargeResult(PaymentStatus Outcome, string? ProviderPaymentId, string? ClientSecret = null, string? FailureCode = null, string? FailureMessage = null);

internal sealed record ProviderRefundRequest(string ProviderPaymentId, long Amount, string Currency, string IdempotencyKey, Guid PaymentId);

internal sealed record ProviderTransferRequest(string DestinationAccountId, long Amount, string Currency, Guid BookingId, Guid PayoutId, string IdempotencyKey);

/// <summary>The provider refused or could not be reached.</summary>
internal sealed class PaymentProviderException(string message, bool transient, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Whether trying again later may succeed (network, 5xx, rate limit).</summary>
    public bool Transient { get; } = transient;
}
