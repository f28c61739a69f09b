using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StayHub.Framework.Persistence;
using StayHub.Notifications.Contracts;
using StayHub.Notifications.Domain;

namespace StayHub.Notifications.Application.Push;

/// <summary>
/// Pushes in-app notifications once they are durable: after a SaveChanges without a transaction, or after the commit
/// of the transaction around it (the inbox's). A push before the commit could announce a row that is then rolled
/// back; a push is best effort (the list API is the record), so it never holds up or fails the commit.
/// </summary>
internal sealed partial class NotificationPushInterceptor(INotificationPusher pusher, ILogger<NotificationPushInterceptor> logger)
    : DurableSaveInterceptor<List<Notification>>
{
    protected override List<Notification>? Capture(DbContext context)
    {
        var added = context.ChangeTracker.Entries<Notification>()
            .Where(e => e.State == EntityState.Added && e.Entity.Channel == NotificationChannels.InApp)
            .Select(e => e.Entity)
            .ToList();
        return added.Count > 0 ? added : null;
    }

    protected override void OnDurable(IReadOnlyList<List<Notification>> captures)
    {
        foreach (var n in captures.SelectMany(c => c))
        {
            _ = PushAsync(n.UserId, n.ToDto());
        }
    }

    private async Task PushAsync(Guid userId, NotificationDto dto)
    {
        try
        {
            await pusher.PushAsync(userId, dto, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogPushFailed(ex, dto.Id);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Pushing notification {NotificationId} failed; it stays in the user's list")]
    private partial void LogPushFailed(Exception ex, Guid notificationId);
}
