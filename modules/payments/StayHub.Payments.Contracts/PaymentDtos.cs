using StayHub.Framework.Contracts;

namespace StayHub.Payments.Contracts;

/// <summary>Body of <c>POST /api/bookings/{id}/payments</c>.</summary>
/// <param name="PaymentMethodId">A provider payment method id, e.g. Stripe's <c>pm_card_visa</c>.</param>
public sealed record PayRequest(string? PaymentMethodId);

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

/// <summary>Body of <c>POST /api/admin/payments/{id}/refund</c>.</summary>
/// <param name="Amount">Minor units to refund; omitted = everything not yet refunded.</param>
/// <param name="Reason">Why (kept with the refund).</param>
public sealed record AdminRefundRequest(long? Amount, string? Reason);

/// <summary>A refund of (part of) a payment.</summary>
/// <param name="Id">Refund id.</param>
/// <param name="PaymentId">Payment refunded.</param>
/// <param name="Amount">Amount.</param>
/// <param name="Status"><c>succeeded</c> or <c>failed</c>.</param>
/// <param name="Reason">Why.</param>
/// <param name="CreatedAt">When.</param>
public sealed record RefundDto(Guid Id, Guid PaymentId, Money Amount, string Status, string? Reason, DateTimeOffset CreatedAt);

/// <summary>Money owed to a host for one booking.</summary>
/// <param name="Id">Payout id.</param>
/// <param name="BookingId">Booking.</param>
/// <param name="Amount">What the host receives (the guest's payment less refunds and platform fees).</param>
/// <param name="Fees">What the platform keeps (guest service fee plus host fee).</param>
/// <param name="Status">One of <see cref="PayoutStatuses"/>.</param>
/// <param name="ReleaseAt">When it becomes due (24 h after check-in by default).</param>
/// <param name="PaidAt">When it was sent.</param>
/// <param name="FailureReason">Why it failed or is waiting.</param>
public sealed record PayoutDto(
    Guid Id,
    Guid BookingId,
    Money Amount,
    Money Fees,
    string Status,
    DateTimeOffset ReleaseAt,
    DateTimeOffset? PaidAt,
    string? FailureReason);

/// <summary>Body of <c>PUT /api/host/payout-account</c>.</summary>
/// <param name="AccountId">The host's connected account id at the provider (Stripe: <c>acct_…</c>).</param>
public sealed record PayoutAccountRequest(string? AccountId);

/// <summary>The host's payout account, masked: the full id is stored encrypted and never shown again.</summary>
/// <param name="AccountIdHint">Last four characters.</param>
/// <param name="Provider">Provider the account belongs to.</param>
/// <param name="UpdatedAt">When it was set.</param>
public sealed record PayoutAccountDto(string AccountIdHint, string Provider, DateTimeOffset UpdatedAt);

/// <summary>Query of <c>GET /api/admin/payments</c>.</summary>
/// <param name="Status">Only this status.</param>
/// <param name="BookingId">Only this booking's payments.</param>
/// <param name="Cursor">Opaque cursor from the previous page.</param>
/// <param name="PageSize">1–100, default 20.</param>
public sealed record AdminPaymentListQuery(string? Status, Guid? BookingId, string? Cursor, int? PageSize);
