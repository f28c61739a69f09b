using StayHub.Payments.Domain;

namespace StayHub.Payments.Providers;

/// <summary>The provider's verdict on a charge.</summary>
/// <param name="Outcome"><c>succeeded</c>, <c>requires_action</c>, <c>processing</c> or <c>failed</c>.</param>
/// <param name="ProviderPaymentId">The provider's id for the charge (Stripe: the PaymentIntent), when one exists.</param>
/// <param name="ClientSecret">For <c>requires_action</c>: what the client finishes authentication with.</param>
/// <param name="FailureCode">For <c>failed</c>: our stable error code.</param>
/// <param name="FailureMessage">For <c>failed</c>: the provider's reason.</param>
internal sealed record ChargeResult(PaymentStatus Outcome, string? ProviderPaymentId, string? ClientSecret = null, string? FailureCode = null, string? FailureMessage = null);
