using StayHub.Framework.Contracts;

namespace StayHub.Payments.Contracts;

/// <summary>A guest's payment for a booking.</summary>
/// <param name="Id">Payment id.</param>
/// <param name="BookingId">Booking paid for.</param>
/// <param name="Status">One of <see cref="PaymentStatuses"/>.</param>
/// <param name="Amount">Amount charged (the booking's quoted total, in its currency).</param>
/// <param name="Refunded">Amount refunded so far, same currency.</param>
/// <param name="CreatedAt">When the attempt started.</param>
/// <param name="ClientSecret">Only while <c>requires_action</c>: what the client needs to finish authentication.</param>
/// <param name="Code">Only when <c>failed</c>: a stable error code such as <c>payment.card_declined</c>.</param>
/// <param name="Message">Only when <c>failed</c>: a human-readable reason.</param>
public sealed record PaymentDto(
    Guid Id,
    Guid BookingId,
    string Status,
    Money Amount,
    Money Refunded,
    DateTimeOffset CreatedAt,
    string? ClientSecret = null,
    string? Code = null,
    string? Message = null);
