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
        var pageSize = Cursor.ClampPageSize(query.PageSize);
        var scope = query with { Cursor = null, PageSize = null };
        var before = Cursor.Decode<Guid?>(query.Cursor, scope);
        var deliveries = db.EmailDeliveries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            deliveries = deliveries.Where(d => d.Status == query.Status);
        }

        var total = await deliveries.LongCountAsync(cancellationToken);
        var page = await deliveries.Where(d => before == null || d.Id < before)
            .OrderByDescending(d => d.Id)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);
        var items = page.Take(pageSize).Select(ToDto).ToList();
        return new CursorPage<EmailDeliveryDto>(items, page.Count > pageSize ? Cursor.Encode<Guid?>(items[^1].Id, scope) : null, total);
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
