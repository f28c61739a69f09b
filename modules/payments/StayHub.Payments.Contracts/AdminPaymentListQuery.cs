namespace StayHub.Payments.Contracts;

/// <summary>Query of <c>GET /api/admin/payments</c>.</summary>
/// <param name="Status">Only this status.</param>
/// <param name="BookingId">Only this booking's payments.</param>
/// <param name="Cursor">Opaque cursor from the previous page.</param>
/// <param name="PageSize">1–100, default 20.</param>
public sealed record AdminPaymentListQuery(string? Status, Guid? BookingId, string? Cursor, int? PageSize);
