using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Errors;
using StayHub.Framework.Pagination;
using StayHub.Framework.Users;
using StayHub.Notifications.Contracts;
using StayHub.Notifications.Domain;
using StayHub.Notifications.Persistence;

namespace StayHub.Notifications.Application.Services;

/// <summary>The caller's in-app notifications. Every query is filtered by the caller's id: another's id is simply not found.</summary>
internal sealed class NotificationAppService(NotificationsDbContext db, ICurrentUser currentUser, TimeProvider clock) : INotificationAppService
{
    public async Task<NotificationPage> ListNotificationsAsync(NotificationListQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.GetRequiredId();
        var mine = Mine(me);
        if (query.UnreadOnly == true)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        var page = await mine.NewestFirstPageAsync(n => n.Id, query.Cursor, query.PageSize, query with { Cursor = null, PageSize = null }, cancellationToken);
        var unread = await Mine(me).LongCountAsync(n => n.ReadAt == null, cancellationToken);
        return new NotificationPage([.. page.Rows.Select(n => n.ToDto())], page.NextCursor, unread);
    }

    public async Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken cancellationToken) =>
        new(await Mine(currentUser.GetRequiredId()).LongCountAsync(n => n.ReadAt == null, cancellationToken));

    public async Task MarkNotificationReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = currentUser.GetRequiredId();
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == me && n.Channel == NotificationChannels.InApp, cancellationToken)
            ?? throw new NotFoundException("Notification");
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task MarkAllNotificationsReadAsync(CancellationToken cancellationToken)
    {
        var me = currentUser.GetRequiredId();
        var now = clock.GetUtcNow();
        await Mine(me).Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private IQueryable<Notification> Mine(Guid me) =>
        db.Notifications.AsNoTracking().Where(n => n.UserId == me && n.Channel == NotificationChannels.InApp);
}
