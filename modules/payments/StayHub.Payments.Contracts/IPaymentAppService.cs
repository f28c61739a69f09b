using StayHub.Framework.Contracts.Application;

namespace StayHub.Payments.Contracts;

/// <summary>Paying for a booking, and reading a payment: for its payer, the booking's host or an admin (404 for anyone else).</summary>
[ApplicationService("api/payments", Tag = "Payments")]
public interface IPaymentAppService : IApplicationService
{
    /// <summary>Charge the booking's total with a payment method: 201 with status succeeded, requires_action (clientSecret) or failed (code).</summary>
    [Post("/api/bookings/{id}/payments")]
    [Idempotent]
    [Created("/api/payments/{id}")]
    [ProducesErrors(404, 409, 502)]
    [ProducesErrorCodes(
        PaymentErrorCodes.AlreadyPaid,
        PaymentErrorCodes.BookingNotPayable,
        PaymentErrorCodes.CardDeclined,
        PaymentErrorCodes.InvalidPaymentMethod,
        PaymentErrorCodes.InProgress,
        PaymentErrorCodes.ProviderUnavailable)]
    Task<PaymentDto> PayBookingAsync(Guid id, PayRequest request, CancellationToken cancellationToken);

    /// <summary>Sandbox provider only: the guest passed 3-D Secure, as Stripe's client SDK and webhook would report; captures the payment.</summary>
    [Post("{id}/sandbox/complete-authentication")]
    [ProducesErrors(404, 409)]
    [ProducesErrorCodes(PaymentErrorCodes.NotAwaitingAction, PaymentErrorCodes.CardDeclined)]
    Task<PaymentDto> CompleteSandboxAuthenticationAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A payment, for its payer, the booking's host or an admin (404 for anyone else).</summary>
    [ProducesErrors(404)]
    Task<PaymentDto> GetPaymentAsync(Guid id, CancellationToken cancellationToken);
}
