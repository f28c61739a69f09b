using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Notifications.Contracts;

/// <summary>Operators' view of notification email deliveries: find the ones that failed or died, and send them again.</summary>
[ApplicationService("api/admin/notifications/deliveries", Tag = "Admin: notifications", OperationIdPrefix = "Admin")]
[Permission(NotificationPermissions.DeliveriesManage)]
public interface INotificationDeliveryAdminAppService : IApplicationService
{
    /// <summary>Email deliveries, newest first, optionally of one status (<c>pending</c>, <c>sent</c>, <c>failed</c>, <c>dead</c>).</summary>
    /// <param name="query">Filter and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("")]
    Task<CursorPage<EmailDeliveryDto>> ListDeliveriesAsync(DeliveryListQuery query, CancellationToken cancellationToken);

    /// <summary>Queues a failed or dead delivery for another round of attempts now; 409 when it is pending or sent.</summary>
    /// <param name="id">Delivery id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [ProducesErrors(404, 409)]
    [ProducesErrorCodes(NotificationErrorCodes.DeliveryNotRetryable)]
    Task<EmailDeliveryDto> RetryDeliveryAsync(Guid id, CancellationToken cancellationToken);
}
