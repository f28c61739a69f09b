namespace StayHub.Payments.Contracts;

/// <summary>Body of <c>POST /api/admin/payments/{id}/refund</c>.</summary>
/// <param name="Amount">Minor units to refund; omitted = everything not yet refunded.</param>
/// <param name="Reason">Why (kept with the refund).</param>
public sealed record AdminRefundRequest(long? Amount, string? Reason);
