using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using StayHub.Notifications.Contracts;
using StayHub.Notifications.Domain;

namespace StayHub.Notifications.Application.Push;

/// <summary>
/// Pushes in-app notifications once they are durable: after a SaveChanges without a transaction, or after the commit
/// of the transaction around it (the inbox's). A push before the commit could announce a row that is then rolled
/// back; a push is best effort (the list API is the record), so it never holds up or fails the commit.
/// </summary>
internal sealed partial class NotificationPushInterceptor(INotificationPusher pusher, ILogger<NotificationPushInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<Notification>> pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            Flush(context);
        }

        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            Flush(context);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var added = context.ChangeTracker.Entries<Notification>()
            .Where(e => e.State == EntityState.Added && e.Entity.Channel == NotificationChannels.InApp)
            .Select(e => e.Entity)
            .ToList();
        if (added.Count > 0)
        {
            pending.GetOrCreateValue(context).AddRange(added);
        }
    }

    private void Flush(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var notifications))
        {
            return;
        }

        pending.Remove(context);
        foreach (var n in notifications)
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

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Pushing notification {NotificationId} failed; it stays in the user's list")]
    private partial void LogPushFailed(Exception ex, Guid notificationId);
}
