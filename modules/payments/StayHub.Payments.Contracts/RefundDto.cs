using StayHub.Framework.Contracts;

namespace StayHub.Payments.Contracts;

/// <summary>A refund of (part of) a payment.</summary>
/// <param name="Id">Refund id.</param>
/// <param name="PaymentId">Payment refunded.</param>
/// <param name="Amount">Amount.</param>
/// <param name="Status"><c>succeeded</c> or <c>failed</c>.</param>
/// <param name="Reason">Why.</param>
/// <param name="CreatedAt">When.</param>
public sealed record RefundDto(Guid Id, Guid PaymentId, Money Amount, string Status, string? Reason, DateTimeOffset CreatedAt);
