using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Contracts;
using StayHub.Framework.Emailing;
using StayHub.Framework.Errors;
using StayHub.Framework.Pagination;
using StayHub.Notifications.Contracts;
using StayHub.Notifications.Persistence;

namespace StayHub.Notifications.Application.Services;

/// <summary>The notification email outbox for operators (the permission is checked at the service boundary).</summary>
internal sealed class NotificationDeliveryAdminAppService(NotificationsDbContext db, TimeProvider clock) : INotificationDeliveryAdminAppService
{
    public async Task<CursorPage<EmailDeliveryDto>> ListDeliveriesAsync(DeliveryListQuery query, CancellationToken cancellationToken)
    {
        var deliveries = db.EmailDeliveries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            deliveries = deliveries.Where(d => d.Status == query.Status);
        }

        var total = await deliveries.LongCountAsync(cancellationToken);
        var page = await deliveries.NewestFirstPageAsync(d => d.Id, query.Cursor, query.PageSize, query with { Cursor = null, PageSize = null }, cancellationToken);
        return new CursorPage<EmailDeliveryDto>([.. page.Rows.Select(ToDto)], page.NextCursor, total);
    }

    public async Task<EmailDeliveryDto> RetryDeliveryAsync(Guid id, CancellationToken cancellationToken)
    {
        var delivery = await db.EmailDeliveries.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotFoundException("Delivery");
        if (!delivery.Retry(clock.GetUtcNow()))
        {
            throw new ConflictException(NotificationErrorCodes.DeliveryNotRetryable, $"The delivery is {delivery.Status}; only failed or dead deliveries can be retried.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return ToDto(delivery);
    }

    private static EmailDeliveryDto ToDto(EmailDelivery d) =>
        new(d.Id, d.Kind, d.Recipient, d.Subject, d.Status, d.Attempts, d.LastError, d.NextAttemptAt, d.CreatedAt, d.SentAt);
}
