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
