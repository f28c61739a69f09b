using Quartz;

namespace StayHub.Notifications.Application.Reminders;

/// <summary>The clustered Quartz job around <see cref="CheckInReminders"/>: one run per firing across all nodes.</summary>
[DisallowConcurrentExecution]
internal sealed class CheckInReminderJob(CheckInReminders reminders, TimeProvider clock) : IJob
{
    public const string Key = "notifications.check-in-reminders";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await reminders.SendDueAsync(clock.GetUtcNow(), cancellationToken);
}
