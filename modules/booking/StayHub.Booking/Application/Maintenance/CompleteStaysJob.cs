using Quartz;

namespace StayHub.Booking.Application.Maintenance;

/// <summary>Completes confirmed bookings after their check-out time.</summary>
[DisallowConcurrentExecution]
internal sealed class CompleteStaysJob(BookingMaintenance maintenance) : IJob
{
    public const string Key = "booking.complete-stays";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        while (await maintenance.CompleteFinishedAsync(cancellationToken) == BookingMaintenance.BatchSize)
        {
        }
    }
}
