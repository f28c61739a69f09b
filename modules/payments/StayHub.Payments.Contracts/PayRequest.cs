namespace StayHub.Payments.Contracts;

/// <summary>Body of <c>POST /api/bookings/{id}/payments</c>.</summary>
/// <param name="PaymentMethodId">A provider payment method id, e.g. Stripe's <c>pm_card_visa</c>.</param>
public sealed record PayRequest(string? PaymentMethodId);
