using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Payments.Contracts;

/// <summary>Every payment of the marketplace and refunds, for administrators holding <see cref="PaymentPermissions.PaymentsManage"/>.</summary>
[ApplicationService("api/admin/payments", Tag = "Admin: payments", OperationIdPrefix = "Admin")]
[Permission(PaymentPermissions.PaymentsManage)]
public interface IPaymentAdminAppService : IApplicationService
{
    /// <summary>Every payment, newest first, by status or booking; with totalCount.</summary>
    Task<CursorPage<PaymentDto>> ListPaymentsAsync(AdminPaymentListQuery query, CancellationToken cancellationToken);

    /// <summary>Refund (part of) a captured payment; never more than was captured and not yet refunded (no body: all that is left).</summary>
    [Idempotent]
    [ProducesErrors(404, 409, 502)]
    [ProducesErrorCodes(
        PaymentErrorCodes.NotRefundable,
        PaymentErrorCodes.RefundExceedsCaptured,
        PaymentErrorCodes.ProviderUnavailable)]
    Task<RefundDto> RefundPaymentAsync(Guid id, AdminRefundRequest? request, CancellationToken cancellationToken);
}
